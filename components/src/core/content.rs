//! Text-or-HTML content, and [`TrustedHtml`]: the only way raw markup reaches the page.
//!
//! Every other string a component renders is escaped by Leptos. govuk-frontend's `html`
//! options (and Rust code that deliberately builds a [`TrustedHtml`]) are the exception.

use super::value::Text;
use leptos::prelude::*;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::renderer::types::{Element, Node};
use leptos::tachys::view::{Position, PositionState};
use leptos::tachys::{no_attrs, renderer::Rndr};
use wasm_bindgen::JsCast;

/// Markup that is written to the page without escaping.
///
/// Only build one from HTML you trust (your own templates, or content your service has
/// sanitised): anything in it, scripts included, reaches the page as it is.
///
/// ```
/// use civic::TrustedHtml;
/// let html = TrustedHtml::new("<strong>Important</strong>");
/// assert_eq!(html.as_str(), "<strong>Important</strong>");
/// ```
///
/// govuk-frontend's `html` options (`html`, `titleHtml`, …) are of this type: in JSON they are
/// ordinary strings, which govuk-frontend defines as trusted markup; in Rust they can only be
/// made with [`TrustedHtml::new`].
#[derive(Clone, Debug, PartialEq)]
pub struct TrustedHtml(Text);

impl Default for TrustedHtml {
    fn default() -> Self {
        TrustedHtml::new("")
    }
}

impl TrustedHtml {
    /// Marks `html` as trusted markup.
    pub fn new(html: impl Into<String>) -> Self {
        TrustedHtml(Text::from(html.into()))
    }

    /// The markup.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// Whether govuk-frontend would use it: an empty string (or `null`, `0`, `false` from
    /// JSON) is not, and the `text` option is used instead.
    pub fn is_truthy(&self) -> bool {
        self.0.is_truthy()
    }

    /// Reads an optional `html` option from JSON, keeping `null` apart from a missing one.
    pub fn or_null<'de, D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Option<TrustedHtml>, D::Error> {
        Text::or_null(deserializer).map(|text| text.map(TrustedHtml))
    }
}

/// Written back as the string it is (JSON options' `html` fields are trusted markup).
impl serde::Serialize for TrustedHtml {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> serde::Deserialize<'de> for TrustedHtml {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Text::deserialize(deserializer).map(TrustedHtml)
    }
}

/// The text or HTML shown inside an element: govuk-frontend's `text` / `html` option pair.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Content {
    /// Nothing.
    #[default]
    Empty,
    /// Text, escaped when rendered.
    Text(String),
    /// Trusted markup, rendered as it is.
    Html(TrustedHtml),
}

impl Content {
    /// govuk-frontend's rule: `html` when it is truthy, otherwise `text` (printed even when
    /// it is `0` or `false`), otherwise nothing.
    pub fn pick(html: Option<&TrustedHtml>, text: Option<&Text>) -> Content {
        match (html, text) {
            (Some(html), _) if html.is_truthy() => Content::Html(html.clone()),
            (_, Some(text)) => Content::Text(text.as_str().to_owned()),
            _ => Content::Empty,
        }
    }

    /// Whether `html` or `text` is truthy, as `{% if params.html or params.text %}` asks.
    pub fn any_truthy(html: Option<&TrustedHtml>, text: Option<&Text>) -> bool {
        html.is_some_and(TrustedHtml::is_truthy) || text.is_some_and(Text::is_truthy)
    }

    /// The content as a Leptos view.
    pub fn into_view(self) -> AnyView {
        match self {
            Content::Empty => ().into_any(),
            Content::Text(text) => text.into_any(),
            Content::Html(html) => html.into_any(),
        }
    }
}

impl From<&str> for Content {
    fn from(text: &str) -> Self {
        Content::Text(text.to_owned())
    }
}

impl From<String> for Content {
    fn from(text: String) -> Self {
        Content::Text(text)
    }
}

impl From<TrustedHtml> for Content {
    fn from(html: TrustedHtml) -> Self {
        Content::Html(html)
    }
}

/// The nodes a [`TrustedHtml`] created in the browser.
pub struct TrustedHtmlState {
    nodes: Vec<Node>,
}

fn parse_nodes(html: &str) -> Vec<Node> {
    let template = document()
        .create_element("template")
        .expect("a document can always create a template element")
        .unchecked_into::<web_sys::HtmlTemplateElement>();
    template.set_inner_html(html);
    let fragment = template.content();
    let children = fragment.child_nodes();
    (0..children.length())
        .filter_map(|index| children.item(index))
        .collect()
}

impl Mountable for TrustedHtmlState {
    fn unmount(&mut self) {
        for node in &self.nodes {
            if let Some(parent) = node.parent_node() {
                let _ = parent.remove_child(node);
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        for node in &self.nodes {
            Rndr::insert_node(parent, node, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match self.nodes.first() {
            Some(first) => match first.parent_node() {
                Some(parent) => {
                    child.mount(parent.unchecked_ref(), Some(first));
                    true
                }
                None => false,
            },
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        self.nodes
            .iter()
            .filter_map(|node| node.dyn_ref::<Element>().cloned())
            .collect()
    }
}

impl Render for TrustedHtml {
    type State = TrustedHtmlState;

    fn build(self) -> Self::State {
        #[cfg(feature = "styles")]
        crate::core::page_styles::words_drawn(self.as_str());
        TrustedHtmlState {
            nodes: parse_nodes(self.as_str()),
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut next = self.build();
        if let Some(first) = state.nodes.first()
            && let Some(parent) = first.parent_node()
        {
            next.mount(parent.unchecked_ref(), Some(first));
        }
        state.unmount();
        *state = next;
    }
}

no_attrs!(TrustedHtml);

impl RenderHtml for TrustedHtml {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn html_len(&self) -> usize {
        self.as_str().len() + 6
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
        // The empty comments bracket the markup so that hydration can find where it ends;
        // comments carry no meaning in the page.
        #[cfg(feature = "styles")]
        crate::core::page_styles::words_drawn(self.as_str());
        buf.push_str("<!>");
        buf.push_str(self.as_str());
        buf.push_str("<!>");
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        #[cfg(feature = "styles")]
        crate::core::page_styles::words_drawn(self.as_str());
        // Walk from the opening comment to the closing one and adopt the nodes between.
        let current = position.get();
        if current == Position::FirstChild {
            cursor.child();
        } else if current != Position::Current {
            cursor.sibling();
        }
        let mut nodes = Vec::new();
        let mut previous = cursor.current();
        loop {
            cursor.sibling();
            let node = cursor.current();
            // Stop at the closing marker, or where there is no next sibling (the cursor stays
            // put) so that markup the browser rearranged cannot make this loop forever.
            if node.node_type() == 8 || node == previous {
                break;
            }
            nodes.push(node.clone());
            previous = node;
        }
        position.set(Position::NextChild);
        TrustedHtmlState { nodes }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// Text for an element whose content Leptos's server renderer writes unescaped
/// (`<textarea>`, like `<script>` and `<style>`): escaped on the server all the same, so a
/// value such as `</textarea><script>…` stays text (#8). In the browser it is an ordinary text
/// node, as any `String` child is.
pub(crate) struct EscapedText(pub String);

impl Render for EscapedText {
    type State = <String as Render>::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        self.0.rebuild(state)
    }
}

no_attrs!(EscapedText);

impl RenderHtml for EscapedText {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn html_len(&self) -> usize {
        self.0.len()
    }

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self::AsyncOutput {
        self
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        _escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<leptos::attr::any_attribute::AnyAttribute>,
    ) {
        // The parent asks for no escaping; escape anyway. An empty value writes nothing (an
        // escaped empty text would be written as one space, which a textarea would keep).
        let escape = !self.0.is_empty();
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs)
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// A heading element of the given level (`<h1>` to `<h6>`) with these attributes and content.
pub fn heading(level: u8, attrs: super::attributes::Attrs, content: AnyView) -> AnyView {
    let attrs = attrs.into_view();
    match level {
        2 => view! { <h2 {..attrs}>{content}</h2> }.into_any(),
        3 => view! { <h3 {..attrs}>{content}</h3> }.into_any(),
        4 => view! { <h4 {..attrs}>{content}</h4> }.into_any(),
        5 => view! { <h5 {..attrs}>{content}</h5> }.into_any(),
        6 => view! { <h6 {..attrs}>{content}</h6> }.into_any(),
        _ => view! { <h1 {..attrs}>{content}</h1> }.into_any(),
    }
}

/// Escapes text for HTML: the one place Civic escapes by hand, for text that must sit inside
/// markup it builds as a string (Leptos escapes everything else).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Content given as a Leptos view, by composition (a slot's children), in place of an item's
/// `text`/`html`. Never part of JSON options; equal to any other, so options still compare.
#[derive(Clone, Default)]
pub struct SlotContent(Option<ViewFn>);

impl SlotContent {
    /// Content from a view function.
    pub fn new(view: impl Into<ViewFn>) -> Self {
        SlotContent(Some(view.into()))
    }

    /// Content from a slot's optional children.
    pub fn from_children(children: Option<ChildrenFn>) -> Self {
        SlotContent(children.map(|children| ViewFn::from(move || children().into_any())))
    }

    /// The view, when there is one.
    pub fn view(&self) -> Option<AnyView> {
        self.0.as_ref().map(ViewFn::run)
    }

    /// The view, or else `html`/`text` by govuk-frontend's rule.
    pub fn or_pick(&self, html: Option<&TrustedHtml>, text: Option<&Text>) -> AnyView {
        self.view()
            .unwrap_or_else(|| Content::pick(html, text).into_view())
    }

    /// Whether there is a view.
    pub fn is_some(&self) -> bool {
        self.0.is_some()
    }

    /// While recording options (see `registry::recording`): moves the view's markup into
    /// `html`, the option it stands in for, so that the options alone draw the same.
    pub(crate) fn write_into(&mut self, html: &mut Option<TrustedHtml>) {
        #[cfg(feature = "ssr")]
        if let Some(view) = self.0.take() {
            *html = Some(crate::registry::markup(view.run()));
        }
        #[cfg(not(feature = "ssr"))]
        let _ = html;
    }
}

impl std::fmt::Debug for SlotContent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "SlotContent(view)"
        } else {
            "SlotContent(none)"
        })
    }
}

impl PartialEq for SlotContent {
    fn eq(&self, _other: &Self) -> bool {
        true
    }
}

/// An option that is text or trusted HTML: govuk-frontend's `{ text, html }` pair, used for a
/// field's `beforeInput`, an accordion's heading, a footer's licence and the like.
#[civic_macros::options]
#[derive(Clone, Debug, Default, serde::Deserialize, serde::Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TextOrHtml {
    /// Text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// Trusted HTML.
    pub html: Option<TrustedHtml>,
}

impl TextOrHtml {
    /// `{% if x.text or x.html %}`.
    pub fn has_content(&self) -> bool {
        Content::any_truthy(self.html.as_ref(), self.text.as_ref())
    }

    /// The content, `html` winning over `text`.
    pub fn view(&self) -> AnyView {
        Content::pick(self.html.as_ref(), self.text.as_ref()).into_view()
    }
}

impl From<&str> for TextOrHtml {
    fn from(text: &str) -> Self {
        TextOrHtml {
            text: Some(text.into()),
            html: None,
        }
    }
}

/// Text or trusted HTML with extra classes: a summary list row's key or value, a task's title.
#[civic_macros::options]
#[derive(Clone, Debug, Default, serde::Deserialize, serde::Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TextWithClasses {
    /// Text. Ignored when `html` is given.
    pub text: Option<Text>,
    /// Trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra classes.
    pub classes: Option<Text>,
}

impl From<&str> for TextWithClasses {
    fn from(text: &str) -> Self {
        TextWithClasses {
            text: Some(text.into()),
            ..Default::default()
        }
    }
}
