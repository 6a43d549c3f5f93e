//! `civic-bench-mimalloc`: the benchmark with mimalloc, the allocator many Rust servers use
//! (and the `civic` command's own).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    civic_bench::main("mimalloc");
}
