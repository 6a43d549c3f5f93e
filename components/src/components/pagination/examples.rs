//! Examples of `pagination`, drawn live on its showcase page and shown there as their code.

use civic::prelude::*;

/// Pages of search results
pub fn results() -> impl IntoView {
    view! {
        <Pagination next=PaginationLink { href: Some("?page=2".into()), ..Default::default() }>
            <PageLink slot number=1 href="?page=1" current=true />
            <PageLink slot number=2 href="?page=2" />
            <PageLink slot ellipsis=true />
            <PageLink slot number=8 href="?page=8" />
        </Pagination>
    }
}
