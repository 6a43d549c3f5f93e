//! `civic-bench`: the benchmark with the system's allocator.

fn main() {
    civic_bench::main("system");
}
