//! `tabs`: switch between related sections of content on one page. Without JavaScript the
//! tabs are a table of contents linking to each section.
//!
//! # Accessibility
//!
//! **Keyboard.** At tablet width and up, Tab reaches the chosen tab; the arrow keys move
//! between tabs, and Tab moves on into the panel. The page’s address follows the chosen tab.
//!
//! **Screen readers.** A tab list: each tab is read with its position and whether it is
//! selected, and each panel is labelled by its tab. On small screens, and without JavaScript,
//! the tabs are a list of links to sections that follow one another.

pub(crate) mod messages;

use crate::prelude_internal::*;

/// The `panel` of a tab.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TabPanelOptions {
    /// The panel's text, shown as a paragraph.
    pub text: Option<Text>,
    /// The panel's content as trusted HTML.
    pub html: Option<TrustedHtml>,
    /// Extra HTML attributes for the panel.
    pub attributes: Attributes,
}

/// One tab and its panel.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TabsItem {
    /// The panel's `id`, which the tab links to; the id prefix and number by default.
    pub id: Option<Text>,
    /// The tab's label.
    pub label: Option<Text>,
    /// Extra HTML attributes for the tab's link.
    pub attributes: Attributes,
    /// The panel.
    #[serde(deserialize_with = "falsy::option")]
    pub panel: Option<TabPanelOptions>,
    /// The panel's content as a Leptos view (from a [`Tab`] slot's children).
    #[serde(skip)]
    pub panel_view: SlotContent,
}

impl TabsItem {
    /// A tab labelled `label` whose panel (with this `id`) shows `html`.
    pub fn new(id: impl Into<Text>, label: impl Into<Text>, html: TrustedHtml) -> Self {
        TabsItem {
            id: Some(id.into()),
            label: Some(label.into()),
            panel: Some(TabPanelOptions {
                html: Some(html),
                ..Default::default()
            }),
            ..Default::default()
        }
    }
}

/// govuk-frontend's `tabs` options.
#[civic_macros::options]
#[derive(Clone, Debug, Default, Deserialize, Serialize, PartialEq)]
#[serde(default, rename_all = "camelCase")]
pub struct TabsOptions {
    /// The `id`.
    pub id: Option<Text>,
    /// The start of each panel's `id`.
    pub id_prefix: Option<Text>,
    /// The heading over the tabs ("Contents" by default; Welsh: "Cynnwys").
    pub title: Option<Text>,
    /// The tabs.
    #[serde(deserialize_with = "falsy::list")]
    pub items: Vec<Option<TabsItem>>,
    /// Extra classes.
    pub classes: Option<Text>,
    /// Extra HTML attributes.
    pub attributes: Attributes,
}

impl TabsOptions {
    /// The `id` of the panel of `item`, the `index`th tab (from 1): its own, or the id prefix
    /// and number.
    fn panel_id(&self, item: &TabsItem, index: usize) -> String {
        match truthy(&item.id) {
            Some(id) => id.to_owned(),
            // `idPrefix if idPrefix` (no else) is "" in Nunjucks when the prefix is falsy.
            None => format!("{}-{index}", truthy(&self.id_prefix).unwrap_or("")),
        }
    }

    /// An `id` inside the tabs by which to find them in the page: their own, or their first
    /// panel's.
    fn findable_id(&self) -> Option<String> {
        truthy(&self.id).map(str::to_owned).or_else(|| {
            self.items
                .iter()
                .enumerate()
                .find_map(|(i, item)| item.as_ref().map(|item| self.panel_id(item, i + 1)))
        })
    }

    /// Renders the tabs.
    pub fn render(self) -> AnyView {
        let attrs = Attrs::new()
            .set_some("id", truthy(&self.id))
            .classes("govuk-tabs", &self.classes)
            .user(Some(&self.attributes))
            .set_static("data-module", "govuk-tabs");
        let title = self
            .title
            .as_ref()
            .map(Text::to_string)
            .unwrap_or_else(|| crate::i18n::text(crate::components::messages::tabs, "title").into());
        let panel_id = |item: &TabsItem, index: usize| self.panel_id(item, index);
        let numbered: Vec<(usize, &TabsItem)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| item.as_ref().map(|item| (i + 1, item)))
            .collect();
        let lists = (!self.items.is_empty()).then(|| {
            let tabs = numbered
                .iter()
                .map(|&(index, item)| {
                    let link = Attrs::new()
                        .set_static("class", "govuk-tabs__tab")
                        .set("href", format!("#{}", panel_id(item, index)))
                        .user(Some(&item.attributes));
                    let class = join_classes([
                        "govuk-tabs__list-item",
                        if index == 1 {
                            "govuk-tabs__list-item--selected"
                        } else {
                            ""
                        },
                    ]);
                    let label = item.label.as_ref().map(Text::to_string).unwrap_or_default();
                    view! { <li class=class><a {..link.into_view()}>{label}</a></li> }
                })
                .collect_view();
            let panels = numbered
                .iter()
                .map(|&(index, item)| {
                    let panel = item.panel.clone().unwrap_or_default();
                    let attrs = Attrs::new()
                        .class(join_classes([
                            "govuk-tabs__panel",
                            if index > 1 {
                                "govuk-tabs__panel--hidden"
                            } else {
                                ""
                            },
                        ]))
                        .set("id", panel_id(item, index))
                        .user(Some(&panel.attributes));
                    let content = match (truthy_html(&panel.html), truthy(&panel.text)) {
                        _ if item.panel_view.is_some() => item.panel_view.view(),
                        (Some(html), _) => Some(TrustedHtml::new(html).into_any()),
                        (None, Some(text)) => {
                            let text = text.to_owned();
                            Some(view! { <p class="govuk-body">{text}</p> }.into_any())
                        }
                        _ => None,
                    };
                    view! { <div {..attrs.into_view()}>{content}</div> }
                })
                .collect_view();
            view! { <ul class="govuk-tabs__list">{tabs}</ul>{panels} }
        });
        view! {
            <div {..attrs.into_view()}>
                <h2 class="govuk-tabs__title">{title}</h2>
                {lists}
            </div>
        }
        .into_any()
    }
}

/// A tab of [`Tabs`] by composition; its children are the panel.
#[slot]
pub struct Tab {
    /// The panel's `id`, which the tab links to.
    #[prop(into)]
    id: Text,
    /// The tab's label.
    #[prop(into)]
    label: Text,
    /// The panel's content.
    children: ChildrenFn,
}

impl From<Tab> for TabsItem {
    fn from(tab: Tab) -> Self {
        TabsItem {
            id: Some(tab.id),
            label: Some(tab.label),
            panel_view: SlotContent::from_children(Some(tab.children)),
            ..Default::default()
        }
    }
}

/// Tabs, from a list of items or [`Tab`] slots (both render the same).
///
/// ```
/// use civic::prelude::*;
/// let _ = view! {
///     <Tabs>
///         <Tab slot id="past-day" label="Past day"><p class="govuk-body">"3 collections"</p></Tab>
///         <Tab slot id="past-week" label="Past week"><p class="govuk-body">"21 collections"</p></Tab>
///     </Tabs>
/// };
/// ```
///
/// ```
/// use civic::prelude::*;
/// // Which panel is shown, for the app to read.
/// let (shown, set_shown) = signal(String::new());
/// let _ = view! {
///     <Tabs selected=set_shown items=vec![
///         TabsItem::new("past-day", "Past day", TrustedHtml::new("<p class=\"govuk-body\">3 collections</p>")),
///         TabsItem::new("past-week", "Past week", TrustedHtml::new("<p class=\"govuk-body\">21 collections</p>")),
///     ] />
/// };
/// ```
#[component]
pub fn Tabs(
    /// The tabs, as data.
    #[prop(optional)]
    items: Vec<TabsItem>,
    /// The tabs, by composition (after any `items`).
    #[prop(optional)]
    tab: Vec<Tab>,
    /// The heading over the tabs ("Contents" by default).
    #[prop(optional, into)]
    title: Option<Text>,
    /// Set to the `id` of the panel shown whenever the user chooses a tab (by click, arrow
    /// key or the page address). Tabs behave as tabs at tablet width and up; below it every
    /// panel shows and this is not set.
    #[prop(optional, into)]
    selected: Option<WriteSignal<String>>,
    /// Every other govuk-frontend option; the props above override it.
    #[prop(optional)]
    options: TabsOptions,
    /// The locale of this component's default strings where it differs from the page's
    /// ([`provide_locale`](crate::provide_locale)); also set as its `lang`.
    #[prop(optional)]
    locale: Option<Locale>,
) -> impl IntoView {
    let (offer, _inside) = crate::registry::offer::<TabsOptions>();
    crate::i18n::in_locale(locale, options, |o| &mut o.attributes, move |options| {
        let options = TabsOptions {
            items: given_or(
                items.into_iter()
                    .chain(tab.into_iter().map(TabsItem::from)),
                options.items,
            ),
            title: title.or(options.title),
            ..options
        };
        crate::core::behave::start_watching(
            options.findable_id(),
            crate::core::behave::behaviours::TABS,
            crate::core::behave::follow(selected, |change| match change {
                crate::core::behave::Change::SelectedTab(id) => Some(id.clone()),
                _ => None,
            }),
        );
        let mut options = options;
        if offer.wanted() {
            for item in options.items.iter_mut().flatten() {
                if item.panel_view.is_some() {
                    item.panel_view
                        .write_into(&mut item.panel.get_or_insert_default().html);
                }
            }
        }
        options.offered(offer).render()
    })
}
