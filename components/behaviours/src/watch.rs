//! The state a behaviour keeps, told to whoever watches its component: which accordion
//! sections are open, the selected tab, whether a password is shown, how many characters or
//! words are left. The Leptos components turn it into signals; the behaviour stays the one
//! place that decides it.
//!
//! Only with the `watch` feature (the `civic` crate turns it on). Without it, as in the
//! enhancer, telling costs nothing: the change is never even computed.

use web_sys::Element;

/// A change in a behaviour's state.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Accordion: whether each section is open, in page order.
    OpenSections(Vec<bool>),
    /// Tabs: the `id` of the panel now shown.
    SelectedTab(String),
    /// Password input: whether the password is shown as text.
    PasswordShown(bool),
    /// Character count: characters (or words) left before the limit; below zero when over.
    Remaining(f64),
}

#[cfg(feature = "watch")]
mod registry {
    use super::Change;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use web_sys::Element;

    type OnChange = Rc<dyn Fn(&Change)>;
    type Watcher = (u64, Element, OnChange);

    thread_local! {
        static WATCHERS: RefCell<Vec<Watcher>> = const { RefCell::new(Vec::new()) };
        static NEXT: Cell<u64> = const { Cell::new(0) };
    }

    /// Watching one component; dropping it stops.
    #[must_use = "the watch ends when this is dropped"]
    pub struct Watch(u64);

    impl Drop for Watch {
        fn drop(&mut self) {
            let id = self.0;
            WATCHERS.with(|w| w.borrow_mut().retain(|(other, _, _)| *other != id));
        }
    }

    /// Calls `on_change` with each change in the behaviour of the component whose root
    /// element is `root` (the element with `data-module`), from its start-up on, until the
    /// returned [`Watch`] is dropped.
    pub fn watch(root: &Element, on_change: impl Fn(&Change) + 'static) -> Watch {
        let id = NEXT.with(|n| {
            let id = n.get();
            n.set(id + 1);
            id
        });
        WATCHERS.with(|w| w.borrow_mut().push((id, root.clone(), Rc::new(on_change))));
        Watch(id)
    }

    pub(crate) fn changed(root: &Element, change: impl FnOnce() -> Change) {
        // The watchers are copied out first: one may start or stop a watch while it runs.
        let watching: Vec<OnChange> = WATCHERS.with(|w| {
            w.borrow()
                .iter()
                .filter(|(_, element, _)| element == root)
                .map(|(_, _, f)| f.clone())
                .collect()
        });
        if watching.is_empty() {
            return;
        }
        let change = change();
        for on_change in watching {
            on_change(&change);
        }
    }
}

#[cfg(feature = "watch")]
pub use registry::{watch, Watch};

/// Tells the component's watchers about a change; `change` runs only when someone watches.
#[inline]
pub(crate) fn changed(root: &Element, change: impl FnOnce() -> Change) {
    #[cfg(feature = "watch")]
    registry::changed(root, change);
    #[cfg(not(feature = "watch"))]
    let _ = (root, change);
}
