//! Civic in the browser (client-side rendering in headless Chromium, via wasm-bindgen-test):
//! fixtures mounted live give the same DOM as govuk-frontend's HTML, and what the user types
//! or chooses reaches the bound signals.
//!
//! Run with `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown
//! -p civic-tests --test browser` (or `cargo xtask test`).
#![cfg(target_arch = "wasm32")]

use civic::prelude::*;
use civic_tests::dom_difference;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Leptos updates the DOM asynchronously: wait one macrotask.
async fn tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A fresh container in the page's body.
fn container() -> web_sys::HtmlElement {
    let document = document();
    let element = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&element).unwrap();
    element.unchecked_into()
}

/// govuk-frontend's fixtures of every component, bundled by `tests/build.rs`.
const FIXTURES: &str = include_str!(concat!(env!("OUT_DIR"), "/fixtures.json"));

#[wasm_bindgen_test]
async fn fixtures_mounted_client_side_match_govuk_frontend() {
    let mut checked = 0;
    let bundle: serde_json::Value = serde_json::from_str(FIXTURES).unwrap();
    for component in civic::COMPONENTS {
        let fixtures = bundle[component]["fixtures"]
            .as_array()
            .unwrap_or_else(|| panic!("no fixtures for {component}: is govuk-frontend installed?"));
        for fixture in fixtures {
            let host = container();
            let options = fixture["options"].clone();
            let component_name: &'static str = component;
            let handle = leptos::mount::mount_to(host.clone(), move || {
                civic::render_view(component_name, &options).expect("fixture options render")
            });
            tick().await;
            let expected = fixture["html"].as_str().unwrap();
            if let Some(diff) = dom_difference(expected, &host.inner_html()) {
                panic!(
                    "{component} / {}: live DOM differs\n{diff}",
                    fixture["name"]
                );
            }
            drop(handle);
            host.remove();
            checked += 1;
        }
    }
    assert_eq!(checked, 725, "fixtures mounted");
    web_sys::console::log_1(
        &format!("{checked} fixtures mounted client-side, all DOM-equivalent").into(),
    );
}

fn query<T: JsCast>(host: &web_sys::HtmlElement, selector: &str) -> T {
    host.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
        .unchecked_into()
}

fn fire(target: &web_sys::Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict(kind, &init).unwrap();
    target.dispatch_event(&event).unwrap();
}

#[wasm_bindgen_test]
async fn input_binds_its_value_both_ways() {
    let host = container();
    let value = RwSignal::new("SW1A".to_string());
    let _handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <Input name="postcode" label="Postcode" value=value /> },
    );
    tick().await;
    let input: web_sys::HtmlInputElement = query(&host, "input");
    assert_eq!(input.value(), "SW1A");
    input.set_value("SW1A 2AA");
    fire(&input, "input");
    assert_eq!(value.get_untracked(), "SW1A 2AA");
    value.set("EC1A 1BB".into());
    tick().await;
    assert_eq!(input.value(), "EC1A 1BB");
}

#[wasm_bindgen_test]
async fn error_signal_shows_and_hides_the_error_message() {
    let host = container();
    let error = RwSignal::new(None::<String>);
    let _handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <Input name="email" label="Email" error=error /> },
    );
    tick().await;
    assert!(host
        .query_selector(".govuk-error-message")
        .unwrap()
        .is_none());
    error.set(Some("Enter an email address".into()));
    tick().await;
    let message: web_sys::HtmlElement = query(&host, ".govuk-error-message");
    assert!(message
        .text_content()
        .unwrap()
        .contains("Enter an email address"));
    let input: web_sys::HtmlInputElement = query(&host, "input");
    assert_eq!(
        input.get_attribute("aria-describedby").as_deref(),
        Some("email-error")
    );
}

#[wasm_bindgen_test]
async fn textarea_and_character_count_bind_their_text() {
    let host = container();
    let details = RwSignal::new(String::new());
    let counted = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <Textarea name="details" label="Details" value=details />
            <CharacterCount name="summary" label="Summary" maxlength=10 value=counted />
        }
    });
    tick().await;
    let first: web_sys::HtmlTextAreaElement = query(&host, "#details");
    first.set_value("A fox got into the bins");
    fire(&first, "input");
    assert_eq!(details.get_untracked(), "A fox got into the bins");
    let second: web_sys::HtmlTextAreaElement = query(&host, "#summary");
    second.set_value("Short");
    fire(&second, "input");
    assert_eq!(counted.get_untracked(), "Short");
}

#[wasm_bindgen_test]
async fn password_input_binds_its_value() {
    let host = container();
    let password = RwSignal::new(String::new());
    let _handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <PasswordInput name="password" label="Password" value=password /> },
    );
    tick().await;
    let input: web_sys::HtmlInputElement = query(&host, "input[type=password]");
    input.set_value("correct horse");
    fire(&input, "input");
    assert_eq!(password.get_untracked(), "correct horse");
}

#[wasm_bindgen_test]
async fn select_binds_the_chosen_value() {
    let host = container();
    let sort = RwSignal::new("updated".to_string());
    let items = vec![
        SelectItem::new("published", "Recently published"),
        SelectItem::new("updated", "Recently updated"),
    ];
    let _handle = leptos::mount::mount_to(
        host.clone(),
        move || view! { <Select name="sort" label="Sort by" items=items.clone() value=sort /> },
    );
    tick().await;
    let select: web_sys::HtmlSelectElement = query(&host, "select");
    assert_eq!(select.value(), "updated");
    select.set_value("published");
    fire(&select, "change");
    assert_eq!(sort.get_untracked(), "published");
}

#[wasm_bindgen_test]
async fn radios_bind_the_chosen_value() {
    let host = container();
    let contact = RwSignal::new(String::new());
    let items = vec![
        ChoiceItem::new("email", "Email"),
        ChoiceItem::new("phone", "Phone"),
    ];
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Radios name="contact" legend="How should we contact you?" items=items.clone() value=contact /> }
    });
    tick().await;
    let phone: web_sys::HtmlInputElement = query(&host, "#contact-2");
    phone.click();
    assert_eq!(contact.get_untracked(), "phone");
    contact.set("email".into());
    tick().await;
    let email: web_sys::HtmlInputElement = query(&host, "#contact");
    assert!(email.checked());
    assert!(!phone.checked());
}

#[wasm_bindgen_test]
async fn checkboxes_bind_the_checked_values() {
    let host = container();
    let waste = RwSignal::new(vec!["mines".to_string()]);
    let items = vec![
        ChoiceItem::new("animal", "Animal carcasses"),
        ChoiceItem::new("mines", "Mines or quarries"),
    ];
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Checkboxes name="waste" legend="Waste types" items=items.clone() values=waste /> }
    });
    tick().await;
    let animal: web_sys::HtmlInputElement = query(&host, "#waste");
    let mines: web_sys::HtmlInputElement = query(&host, "#waste-2");
    assert!(mines.checked() && !animal.checked());
    animal.click();
    mines.click();
    assert_eq!(waste.get_untracked(), vec!["animal".to_string()]);
}

#[wasm_bindgen_test]
async fn date_input_binds_day_month_and_year() {
    let host = container();
    let date = DateParts::new();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <DateInput id="dob" name_prefix="dob" legend="Date of birth" value=date /> }
    });
    tick().await;
    for (selector, typed) in [
        ("#dob-day", "27"),
        ("#dob-month", "3"),
        ("#dob-year", "2007"),
    ] {
        let input: web_sys::HtmlInputElement = query(&host, selector);
        input.set_value(typed);
        fire(&input, "input");
    }
    assert_eq!(
        (
            date.day.get_untracked(),
            date.month.get_untracked(),
            date.year.get_untracked()
        ),
        ("27".to_string(), "3".to_string(), "2007".to_string())
    );
}

#[wasm_bindgen_test]
async fn showing_an_error_keeps_focus_and_caret_in_the_field() {
    let host = container();
    let value = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! { <Input name="postcode" label="Postcode" value=value error=error /> }
    });
    tick().await;
    let input: web_sys::HtmlInputElement = query(&host, "#postcode");
    input.focus().unwrap();
    input.set_value("SW1");
    fire(&input, "input");
    input.set_selection_range(2, 2).unwrap();
    error.set(Some("Enter a full postcode".into()));
    tick().await;
    tick().await;
    let active = document().active_element().expect("something has focus");
    assert_eq!(active.id(), "postcode", "focus stayed in the field");
    let field: web_sys::HtmlInputElement = active.unchecked_into();
    assert_eq!(field.value(), "SW1");
    assert_eq!(field.selection_start().unwrap(), Some(2));
    assert!(host
        .query_selector(".govuk-error-message")
        .unwrap()
        .is_some());
}

/// The differential escaping test of `hostile.rs`, client-side: every text option of every
/// component set to hostile text or a number, mounted by Leptos in the browser, gives the DOM
/// govuk-frontend's macros render for the same options (issue #8).
#[wasm_bindgen_test]
async fn hostile_text_mounted_client_side_matches_govuk_frontend() {
    let mut checked = 0;
    for case in civic_tests::hostile_cases() {
        let Some(expected) = case.expected else {
            continue;
        };
        let host = container();
        let options = case.options.clone();
        let component = case.component.clone();
        let handle = leptos::mount::mount_to(host.clone(), move || {
            civic::render_view(&component, &options).expect("hostile options render")
        });
        tick().await;
        if let Some(diff) = dom_difference(&expected, &host.inner_html()) {
            panic!(
                "{} {} = {}: live DOM differs\n{diff}",
                case.component,
                case.pointer,
                case.options.pointer(&case.pointer).unwrap()
            );
        }
        drop(handle);
        host.remove();
        checked += 1;
    }
    assert!(checked > 3000, "only {checked} hostile cases mounted");
    web_sys::console::log_1(
        &format!("{checked} hostile-text cases mounted client-side, all DOM-equivalent to govuk-frontend").into(),
    );
}

/// Leptos components behave on their own (issue #9): mounted client-side, an accordion gets
/// its buttons and opens, a password can be shown, a character count counts, and a radio's
/// conditional question is revealed, by the same behaviours the enhancer runs.
#[wasm_bindgen_test]
async fn leptos_components_behave_on_their_own() {
    let host = container();
    let password = RwSignal::new("hunter2".to_string());
    let chosen = RwSignal::new(String::new());
    let radio_items = vec![
        ChoiceItem {
            text: Some("Email".into()),
            value: Some("email".into()),
            conditional: Some(ConditionalOptions {
                html: Some(TrustedHtml::new(
                    "<p id=\"email-question\">Your email address</p>",
                )),
            }),
            ..Default::default()
        },
        ChoiceItem {
            text: Some("Phone".into()),
            value: Some("phone".into()),
            ..Default::default()
        },
    ];
    // What the behaviours decide, passed on to the app's signals.
    let (open, set_open) = signal(Vec::<bool>::new());
    let (shown, set_shown) = signal(false);
    let (left, set_left) = signal(f64::NAN);
    let (selected, set_selected) = signal(String::new());
    // The tabs read the tablet breakpoint from the stylesheet, which this page does not load.
    let style = document().create_element("style").unwrap();
    style.set_text_content(Some(":root { --govuk-breakpoint-tablet: 40.0625em; }"));
    document().head().unwrap().append_child(&style).unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        view! {
            <Accordion id="faq" open_sections=set_open>
                <AccordionSection slot heading="Bins">"Collected weekly."</AccordionSection>
                <AccordionSection slot heading="Parking">"Permits online."</AccordionSection>
            </Accordion>
            <PasswordInput name="secret" label="Password" value=password shown=set_shown />
            <CharacterCount name="summary" label="Summary" maxlength=10 remaining=set_left />
            <Radios name="contact" items=radio_items value=chosen />
            <Tabs selected=set_selected items=vec![
                TabsItem::new("day", "Past day", TrustedHtml::new("<p>3</p>")),
                TabsItem::new("week", "Past week", TrustedHtml::new("<p>21</p>")),
            ] />
        }
    });
    tick().await;
    tick().await;
    assert_eq!(open.get_untracked(), [false, false], "sections at start-up");
    assert_eq!(left.get_untracked(), 10.0, "characters left at start-up");
    assert_eq!(selected.get_untracked(), "day", "the first tab at start-up");

    // The accordion: Show all sections opens both.
    let show_all: web_sys::HtmlElement = query(&host, ".govuk-accordion__show-all");
    assert_eq!(show_all.text_content().unwrap(), "Show all sections");
    show_all.click();
    tick().await;
    assert_eq!(
        host.query_selector_all(".govuk-accordion__section--expanded")
            .unwrap()
            .length(),
        2
    );
    assert_eq!(show_all.text_content().unwrap(), "Hide all sections");
    assert_eq!(open.get_untracked(), [true, true]);
    let first: web_sys::HtmlElement = query(&host, ".govuk-accordion__section-button");
    first.click();
    tick().await;
    assert_eq!(open.get_untracked(), [false, true]);

    // The password input: Show reveals the password, and the value stays bound.
    let toggle: web_sys::HtmlElement = query(&host, ".govuk-js-password-input-toggle");
    assert!(!toggle.has_attribute("hidden"), "the toggle is shown");
    toggle.click();
    tick().await;
    let field: web_sys::HtmlInputElement = query(&host, "#secret");
    assert_eq!(field.type_(), "text");
    assert_eq!(toggle.text_content().unwrap(), "Hide");
    assert_eq!(field.value(), "hunter2");
    assert!(shown.get_untracked(), "the shown signal follows");
    toggle.click();
    tick().await;
    assert!(!shown.get_untracked(), "and follows back");

    // The character count: typing past the limit says how many too many.
    let summary: web_sys::HtmlTextAreaElement = query(&host, "#summary");
    summary.set_value("Far too long for this");
    fire(&summary, "input");
    tick().await;
    let message: web_sys::HtmlElement = query(&host, ".govuk-character-count__status");
    assert_eq!(
        message.text_content().unwrap(),
        "You have 11 characters too many"
    );
    assert_eq!(left.get_untracked(), -11.0);

    // The radios: choosing Email reveals its question, and the value signal follows.
    let email: web_sys::HtmlInputElement = query(&host, "input[value=\"email\"]");
    let conditional: web_sys::HtmlElement = query(&host, ".govuk-radios__conditional");
    assert!(conditional
        .class_list()
        .contains("govuk-radios__conditional--hidden"));
    email.click();
    tick().await;
    assert!(!conditional
        .class_list()
        .contains("govuk-radios__conditional--hidden"));
    assert_eq!(
        email.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(chosen.get_untracked(), "email");

    // The tabs: choosing the second sets the selected signal.
    let week: web_sys::HtmlElement = query(&host, "a.govuk-tabs__tab[href=\"#week\"]");
    week.click();
    tick().await;
    assert_eq!(selected.get_untracked(), "week");
}

/// Welsh from context (issue #10): `provide_locale(Locale::Cy)` draws Welsh defaults, and the
/// behaviours of a Welsh page (`lang="cy"`) write Welsh.
#[wasm_bindgen_test]
async fn provide_locale_draws_welsh_and_welsh_pages_behave_in_welsh() {
    let host = container();
    host.set_attribute("lang", "cy").unwrap();
    let _handle = leptos::mount::mount_to(host.clone(), move || {
        provide_locale(Locale::Cy);
        view! {
            <BackLink href="/" />
            <Accordion id="cwestiynau">
                <AccordionSection slot heading="Biniau">"Bob wythnos."</AccordionSection>
            </Accordion>
        }
    });
    tick().await;
    tick().await;
    let back: web_sys::HtmlElement = query(&host, ".govuk-back-link");
    assert_eq!(back.text_content().unwrap(), "Yn ôl");
    let show_all: web_sys::HtmlElement = query(&host, ".govuk-accordion__show-all");
    assert_eq!(show_all.text_content().unwrap(), "Dangos pob adran");
}

/// The `<style>` elements `PageStyles` wrote into `<head>`: each one's part and text, in
/// order.
fn page_style_elements() -> Vec<(String, String)> {
    let found = document()
        .head()
        .unwrap()
        .query_selector_all(&format!("style[{}]", civic::STYLE_ATTRIBUTE))
        .unwrap();
    (0..found.length())
        .map(|i| found.item(i).unwrap().unchecked_into::<web_sys::Element>())
        .map(|style| {
            let name = style.get_attribute(civic::STYLE_ATTRIBUTE).unwrap();
            (name, style.text_content().unwrap_or_default())
        })
        .collect()
}

#[wasm_bindgen_test]
async fn page_styles_write_each_components_rules_once_and_in_order() {
    use civic_styles::sheet::{to_css, Part};
    let head = document().head().unwrap();
    // A server-rendered page's core: taken over, not written again.
    let theme = civic_styles::Theme::civic();
    let server_core = format!(
        "/* the server's */{}",
        to_css(&Part::CORE_START.sheet(&theme))
    );
    let from_server = document().create_element("style").unwrap();
    from_server
        .set_attribute(civic::STYLE_ATTRIBUTE, "core")
        .unwrap();
    from_server.set_text_content(Some(&server_core));
    head.append_child(&from_server).unwrap();
    // The council's own stylesheet, after which Civic's rules must not come.
    let council = document().create_element("style").unwrap();
    council.set_text_content(Some(".council {}"));
    head.append_child(&council).unwrap();

    let styles = civic::PageStyles::new(theme.clone());
    let host = container();
    let continued = RwSignal::new(false);
    let handle = leptos::mount::mount_to(host.clone(), {
        let styles = styles.clone();
        move || {
            styles.provide();
            view! {
                <Input name="first" label="First" />
                <Show when=move || continued.get()>
                    <Button text="Continue" />
                </Show>
                <Input name="second" label="Second" />
            }
        }
    });
    tick().await;
    let names = |elements: &[(String, String)]| -> Vec<String> {
        elements.iter().map(|(name, _)| name.clone()).collect()
    };
    let elements = page_style_elements();
    assert_eq!(
        names(&elements),
        [
            "core",
            "error-message",
            "hint",
            "label",
            "input",
            "core-end"
        ],
        "the core at once, and the input's rules once for two inputs"
    );
    assert_eq!(elements[0].1, server_core);
    for (name, css) in &elements[1..] {
        let part = Part::from_name(name).unwrap();
        assert_eq!(css, &to_css(&part.sheet(&theme)), "{name}");
    }
    let input: web_sys::HtmlElement = query(&host, "input");
    let style = web_sys::window()
        .unwrap()
        .get_computed_style(&input)
        .unwrap()
        .unwrap();
    // The rules apply: a solid border (Chromium's own is inset) in the colour the core's
    // custom properties give.
    assert_eq!(
        style.get_property_value("border-top-style").unwrap(),
        "solid"
    );
    assert_eq!(
        style.get_property_value("border-top-color").unwrap(),
        "rgb(11, 12, 12)"
    );

    let last_civic = head
        .query_selector_all(&format!("style[{}]", civic::STYLE_ATTRIBUTE))
        .unwrap();
    let last_civic = last_civic.item(last_civic.length() - 1).unwrap();
    assert_eq!(
        last_civic.compare_document_position(&council) & 4,
        4,
        "Civic's parts come before the page's own stylesheet"
    );

    // A component drawn later brings its rules then, in the stylesheet's order.
    continued.set(true);
    tick().await;
    assert_eq!(
        names(&page_style_elements()),
        [
            "core",
            "error-message",
            "hint",
            "label",
            "button",
            "input",
            "core-end"
        ]
    );
    assert_eq!(
        styles.components(),
        ["error-message", "hint", "label", "button", "input"]
    );

    // Another theme rewrites every part, the server's core too.
    let anytown = civic_styles::Theme::named("anytown").unwrap();
    styles.set_theme(anytown.clone());
    let elements = page_style_elements();
    for (name, css) in &elements {
        let part = Part::from_name(name).unwrap();
        assert_eq!(css, &to_css(&part.sheet(&anytown)), "{name}");
    }
    assert_ne!(
        to_css(&Part::CORE_START.sheet(&anytown)),
        to_css(&Part::CORE_START.sheet(&theme)),
        "the themes differ in the core"
    );

    // An override class brings the core's end with the override classes, in its place.
    styles.add("overrides");
    let names = names(&page_style_elements());
    assert_eq!(names.last().map(String::as_str), Some("core-end-overrides"));
    assert!(!names.contains(&"core-end".to_owned()));

    drop(handle);
    host.remove();
    council.remove();
    let written = head
        .query_selector_all(&format!("style[{}]", civic::STYLE_ATTRIBUTE))
        .unwrap();
    for i in 0..written.length() {
        written
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::Element>()
            .remove();
    }
}
