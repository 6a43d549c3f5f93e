//! What a Leptos composition of Civic components says as `civic render` options: the
//! showcase's JSON tabs, written from the same examples it draws.
//!
//! [`record_options`] draws a view with recording on. Each Civic component's body calls
//! [`offer`] before it draws anything (so that components drawn inside it, its children, are
//! not recorded on their own) and then [`Offer::options`] with the options it draws, its
//! children's markup and bound values included. Only the outermost components are recorded,
//! in the order they start.
//!
//! Server side only: in the browser [`offer`] costs nothing and records nothing.

use super::Named;
#[cfg(feature = "ssr")]
use std::cell::RefCell;

/// One outermost component of a recorded view: its name and the options that draw it.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedOptions {
    /// The component's name, as `civic render` takes it (`"input"`, `"template"`).
    pub component: &'static str,
    /// Its options; `Err` says why they could not be written (the component did not offer
    /// them, or offered options that do not write as JSON).
    pub options: Result<serde_json::Value, String>,
    /// The locale of its default strings: the page's, or the component's own `locale` prop.
    pub locale: crate::Locale,
}

#[cfg(feature = "ssr")]
#[derive(Default)]
struct Recorder {
    /// How many component bodies are running.
    depth: usize,
    /// Each outermost component, and whether it has offered its options yet.
    recorded: Vec<(RecordedOptions, bool)>,
}

#[cfg(feature = "ssr")]
thread_local! {
    static RECORDER: RefCell<Option<Recorder>> = const { RefCell::new(None) };
}

/// Runs `draw` with recording on, and returns what it returned with the options of every
/// outermost Civic component it drew. Server side (feature `ssr`).
///
/// ```
/// use civic::prelude::*;
/// let (html, recorded) = civic::record_options(|| {
///     view! { <Button text="Continue" /> }.to_html()
/// });
/// assert!(html.contains("Continue"));
/// assert_eq!(recorded[0].component, "button");
/// assert_eq!(recorded[0].options, Ok(serde_json::json!({"text": "Continue"})));
/// ```
#[cfg(feature = "ssr")]
pub fn record_options<V>(draw: impl FnOnce() -> V) -> (V, Vec<RecordedOptions>) {
    /// Puts back the recorder that was in place (none, or an outer recording), even when
    /// drawing panics.
    struct Restore(Option<Option<Recorder>>);
    impl Drop for Restore {
        fn drop(&mut self) {
            if let Some(outer) = self.0.take() {
                RECORDER.with(|recorder| *recorder.borrow_mut() = outer);
            }
        }
    }
    let mut restore =
        Restore(Some(RECORDER.with(|recorder| {
            recorder.borrow_mut().replace(Recorder::default())
        })));
    let drawn = draw();
    let outer = restore.0.take().unwrap_or_default();
    let recorder = RECORDER.with(|recorder| std::mem::replace(&mut *recorder.borrow_mut(), outer));
    let recorded = recorder
        .map(|recorder| recorder.recorded.into_iter().map(|(one, _)| one).collect())
        .unwrap_or_default();
    (drawn, recorded)
}

/// A component's place among the recorded components: `Some` only for an outermost
/// component while recording. Cheap to copy into the closures that draw it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Offer {
    #[cfg(feature = "ssr")]
    slot: Option<usize>,
}

/// Marks a component body as running until dropped: components it draws meanwhile (its
/// children) are inside it.
pub(crate) struct Inside {
    #[cfg(feature = "ssr")]
    counted: bool,
}

/// Called first in the body of the component whose options are `O`: its [`Offer`], and the
/// guard that keeps the components it draws from being recorded on their own. Keep the guard
/// until the body returns.
pub(crate) fn offer<O: Named>() -> (Offer, Inside) {
    #[cfg(feature = "ssr")]
    {
        let slot = RECORDER.with(|recorder| {
            let mut recorder = recorder.borrow_mut();
            let recorder = recorder.as_mut().filter(|recorder| recorder.depth == 0)?;
            let unoffered = RecordedOptions {
                component: O::NAME,
                options: Err(format!("the {} component offered no options", O::NAME)),
                locale: crate::i18n::current(),
            };
            recorder.recorded.push((unoffered, false));
            Some(recorder.recorded.len() - 1)
        });
        let offer = Offer { slot };
        (offer, offer.inside())
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = O::NAME;
        (Offer {}, Inside {})
    }
}

impl Drop for Inside {
    fn drop(&mut self) {
        #[cfg(feature = "ssr")]
        if self.counted {
            RECORDER.with(|recorder| {
                if let Some(recorder) = &mut *recorder.borrow_mut() {
                    recorder.depth = recorder.depth.saturating_sub(1);
                }
            });
        }
    }
}

impl Offer {
    /// Whether this component's options are wanted: it is outermost, and a view is being
    /// recorded. A component with children or bound values prepares its options only then.
    pub(crate) fn wanted(self) -> bool {
        #[cfg(feature = "ssr")]
        return self.slot.is_some();
        #[cfg(not(feature = "ssr"))]
        false
    }

    /// Records `options` as this component's, once: a component drawn again (a field whose
    /// error changed) keeps the options it was first drawn with.
    pub(crate) fn options<O: serde::Serialize>(self, options: &O) {
        self.fill(|| serde_json::to_value(options).map_err(|e| e.to_string()));
    }

    /// Fills this component's place, the first time only, with what `options` gives.
    fn fill(self, options: impl FnOnce() -> Result<serde_json::Value, String>) {
        #[cfg(feature = "ssr")]
        if let Some(slot) = self.slot {
            RECORDER.with(|recorder| {
                if let Some(recorder) = &mut *recorder.borrow_mut()
                    && let Some((place, offered @ false)) = recorder.recorded.get_mut(slot)
                {
                    place.options = options();
                    place.locale = crate::i18n::current();
                    *offered = true;
                }
            });
        }
        #[cfg(not(feature = "ssr"))]
        let _ = options;
    }
}

/// `XOptions { … }.offered(offer).render()`: options recorded, when they are wanted, as they
/// are drawn.
pub(crate) trait Offered: serde::Serialize + Sized {
    /// These options, recorded first as `offer`'s when they are wanted.
    fn offered(self, offer: Offer) -> Self {
        offer.options(&self);
        self
    }
}

impl<O: serde::Serialize> Offered for O {}

impl Offer {
    /// For a component that draws `children` in place of an `html` option: while its options
    /// are wanted, the children's markup is written into that option (so that the options
    /// alone draw the same) and the options are recorded. Returns the options and the
    /// children to draw (then, their markup).
    pub(crate) fn with_children<O: serde::Serialize>(
        self,
        options: O,
        children: Option<leptos::prelude::AnyView>,
        html: impl FnOnce(&mut O) -> &mut Option<crate::TrustedHtml>,
    ) -> (O, Option<leptos::prelude::AnyView>) {
        #[cfg(feature = "ssr")]
        if self.wanted() {
            use leptos::prelude::IntoAny;
            let mut options = options;
            let children = children.map(markup);
            if let Some(children) = &children {
                *html(&mut options) = Some(children.clone());
            }
            self.options(&options);
            return (options, children.map(IntoAny::into_any));
        }
        let _ = html;
        (options, children)
    }

    /// Records a field's options as it draws them from the signals it is bound to: a copy,
    /// which `bind` gives their values (made only when the options are wanted).
    pub(crate) fn bound<O: Clone + serde::Serialize>(self, options: &O, bind: impl FnOnce(&mut O)) {
        if self.wanted() {
            let mut recorded = options.clone();
            bind(&mut recorded);
            self.options(&recorded);
        }
    }

    /// [`bound`](Self::bound) for a field whose text is bound to `value`: the signal's text as
    /// the option `field`, as the field draws it.
    pub(crate) fn bound_text<O: Clone + serde::Serialize>(
        self,
        options: &O,
        value: Option<leptos::prelude::RwSignal<String>>,
        field: impl FnOnce(&mut O) -> &mut Option<crate::Text>,
    ) {
        self.bound(options, |recorded| {
            if let Some(signal) = value {
                *field(recorded) = typed(signal);
            }
        });
    }

    /// Ends the recording of a component that no options draw (the page template, whose
    /// blocks a `<Page>` takes as views): `why` is shown in their place.
    pub(crate) fn decline(self, why: &str) {
        self.fill(|| Err(why.to_owned()));
    }

    /// Marks a body drawn later (a closure run when the view renders) as inside this component,
    /// as [`offer`]'s guard marks the component's body.
    pub(crate) fn inside(self) -> Inside {
        #[cfg(feature = "ssr")]
        return RECORDER.with(|recorder| match &mut *recorder.borrow_mut() {
            Some(recorder) => {
                recorder.depth += 1;
                Inside { counted: true }
            }
            None => Inside { counted: false },
        });
        #[cfg(not(feature = "ssr"))]
        Inside {}
    }
}

/// A bound field's text as its option: an empty text is no value, as the field draws it.
pub(crate) fn typed(signal: leptos::prelude::RwSignal<String>) -> Option<crate::Text> {
    use leptos::prelude::GetUntracked;
    Some(signal.get_untracked())
        .filter(|text| !text.is_empty())
        .map(crate::Text::from)
}

/// A view's markup, for an option that holds children as HTML while recording.
#[cfg(feature = "ssr")]
pub(crate) fn markup(view: leptos::prelude::AnyView) -> crate::TrustedHtml {
    use leptos::prelude::RenderHtml;
    crate::TrustedHtml::new(without_hydration_markers(&view.to_html()))
}

/// Server-rendered HTML without the comments Leptos leaves for hydration (`<!>`, `<!---->`,
/// `<!--bo-1-->` and the like), which are no part of a component's markup. Other comments
/// go too: a DOM comparison ignores them, and a browser does not show them.
///
/// ```
/// assert_eq!(civic::without_hydration_markers("<p>a<!>b<!---->c</p>"), "<p>abc</p>");
/// ```
#[cfg(feature = "ssr")]
pub fn without_hydration_markers(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<!") {
        out.push_str(&rest[..start]);
        let after = &rest[start..];
        let end = if after.starts_with("<!>") {
            3
        } else if let Some(close) = after.strip_prefix("<!--").and_then(|c| c.find("-->")) {
            4 + close + 3
        } else {
            out.push_str("<!");
            2
        };
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}
