#![cfg(not(target_arch = "wasm32"))]
//! Components whose markup nests can be written by composition (slots) or from a list of
//! data; both give the same markup.

use civic::prelude::*;
use civic_tests::dom_difference;

fn html(view: impl FnOnce() -> AnyView) -> String {
    Owner::new().with(|| view().to_html())
}

fn assert_same(by_data: impl FnOnce() -> AnyView, by_composition: impl FnOnce() -> AnyView) {
    let data = html(by_data);
    let composed = html(by_composition);
    assert!(
        data.len() > 40,
        "the data version rendered almost nothing: {data}"
    );
    if let Some(diff) = dom_difference(&data, &composed) {
        panic!("composition differs from data:\n{diff}\ndata:     {data}\ncomposed: {composed}");
    }
}

#[test]
fn summary_list_rows_and_actions() {
    assert_same(
        || {
            view! {
                <SummaryList rows=vec![
                    SummaryListRow::new("Name", "Sarah Philips").with_action(SummaryAction::new("Change", "/name", "name")),
                    SummaryListRow::new("Postcode", "SW1A 2AA"),
                ] />
            }
            .into_any()
        },
        || {
            view! {
                <SummaryList>
                    <SummaryRow slot key="Name">
                        "Sarah Philips"
                        <RowAction slot href="/name" text="Change" visually_hidden_text="name" />
                    </SummaryRow>
                    <SummaryRow slot key="Postcode" value="SW1A 2AA" />
                </SummaryList>
            }
            .into_any()
        },
    );
}

#[test]
fn summary_card_by_composition_matches_card_options() {
    assert_same(
        || {
            let card = SummaryCardOptions {
                title: Some(SummaryCardTitle {
                    text: Some("Lead tenant".into()),
                    ..Default::default()
                }),
                actions: Some(SummaryActions {
                    items: Some(vec![Some(SummaryAction {
                        href: Some("/remove".into()),
                        text: Some("Remove".into()),
                        ..Default::default()
                    })]),
                    classes: None,
                }),
                ..Default::default()
            };
            view! { <SummaryList card=card rows=vec![SummaryListRow::new("Name", "Sarah Philips")] /> }.into_any()
        },
        || {
            view! {
                <SummaryCard title="Lead tenant">
                    <CardAction slot href="/remove" text="Remove" />
                    <SummaryRow slot key="Name" value="Sarah Philips" />
                </SummaryCard>
            }
            .into_any()
        },
    );
}

#[test]
fn table_head_and_rows() {
    assert_same(
        || {
            view! {
                <Table
                    caption="Council tax bands"
                    first_cell_is_header=true
                    head=vec![TableCell::new("Band"), TableCell::numeric("Yearly charge")]
                    rows=vec![
                        vec![TableCell::new("A"), TableCell::numeric("£1,402")].into(),
                        vec![TableCell::new("B"), TableCell::numeric("£1,636")].into(),
                    ]
                />
            }
            .into_any()
        },
        || {
            view! {
                <Table caption="Council tax bands" first_cell_is_header=true>
                    <TableHeader slot>"Band"</TableHeader>
                    <TableHeader slot format="numeric">"Yearly charge"</TableHeader>
                    <TableBodyRow slot><TableData slot>"A"</TableData><TableData slot format="numeric">"£1,402"</TableData></TableBodyRow>
                    <TableBodyRow slot><TableData slot>"B"</TableData><TableData slot format="numeric">"£1,636"</TableData></TableBodyRow>
                </Table>
            }
            .into_any()
        },
    );
}

#[test]
fn tabs_and_accordion_sections() {
    assert_same(
        || {
            view! {
                <Tabs items=vec![
                    TabsItem::new("day", "Past day", TrustedHtml::new("<p class=\"govuk-body\">3</p>")),
                    TabsItem::new("week", "Past week", TrustedHtml::new("<p class=\"govuk-body\">21</p>")),
                ] />
            }
            .into_any()
        },
        || {
            view! {
                <Tabs>
                    <Tab slot id="day" label="Past day"><p class="govuk-body">"3"</p></Tab>
                    <Tab slot id="week" label="Past week"><p class="govuk-body">"21"</p></Tab>
                </Tabs>
            }
            .into_any()
        },
    );
    assert_same(
        || {
            let mut garden = AccordionItem::new(
                "Garden waste",
                AccordionText {
                    html: Some(TrustedHtml::new("<p class=\"govuk-body\">Fridays</p>")),
                    text: None,
                },
            );
            garden.expanded = Flag(true);
            garden.summary = Some("March to November".into());
            view! { <Accordion id="bins" items=vec![AccordionItem::new("Household waste", AccordionText { html: Some(TrustedHtml::new("<p class=\"govuk-body\">Tuesdays</p>")), text: None }), garden] /> }
                .into_any()
        },
        || {
            view! {
                <Accordion id="bins">
                    <AccordionSection slot heading="Household waste"><p class="govuk-body">"Tuesdays"</p></AccordionSection>
                    <AccordionSection slot heading="Garden waste" summary="March to November" expanded=true>
                        <p class="govuk-body">"Fridays"</p>
                    </AccordionSection>
                </Accordion>
            }
            .into_any()
        },
    );
}

#[test]
fn task_list_items() {
    assert_same(
        || {
            let mut vehicle = TaskListItem::new("Your vehicle", "/vehicle", "");
            vehicle.status = Some(TaskListStatus {
                tag: Some("Incomplete".into()),
                ..Default::default()
            });
            vehicle.hint = Some("Registration and type".into());
            view! { <TaskList items=vec![TaskListItem::new("Your details", "/details", "Completed"), vehicle] /> }.into_any()
        },
        || {
            view! {
                <TaskList>
                    <Task slot title="Your details" href="/details" status="Completed" />
                    <Task slot title="Your vehicle" href="/vehicle" hint="Registration and type" status_tag="Incomplete" />
                </TaskList>
            }
            .into_any()
        },
    );
}

#[test]
fn breadcrumbs_and_pagination_items() {
    assert_same(
        || {
            view! { <Breadcrumbs items=vec![BreadcrumbsItem::link("Home", "/"), BreadcrumbsItem::link("Bins", "/bins")] /> }.into_any()
        },
        || {
            view! {
                <Breadcrumbs>
                    <Crumb slot href="/">"Home"</Crumb>
                    <Crumb slot href="/bins">"Bins"</Crumb>
                </Breadcrumbs>
            }
            .into_any()
        },
    );
    assert_same(
        || {
            let mut first = PaginationItem::page(1, "?page=1");
            first.current = Flag(true);
            view! { <Pagination items=vec![first, PaginationItem::ellipsis(), PaginationItem::page(8, "?page=8")] /> }.into_any()
        },
        || {
            view! {
                <Pagination>
                    <PageLink slot number=1 href="?page=1" current=true />
                    <PageLink slot ellipsis=true />
                    <PageLink slot number=8 href="?page=8" />
                </Pagination>
            }
            .into_any()
        },
    );
}

#[test]
fn footer_links_and_service_navigation_items() {
    assert_same(
        || {
            let options = FooterOptions {
                navigation: vec![Some(FooterNavigation {
                    title: Some("Services".into()),
                    width: Some("one-half".into()),
                    items: vec![Some(FooterLink::new("Bins", "/bins"))],
                    ..Default::default()
                })],
                ..Default::default()
            };
            let meta = FooterMeta {
                items: vec![Some(FooterLink::new("Cookies", "/cookies"))],
                ..Default::default()
            };
            view! { <Footer meta=meta options=options /> }.into_any()
        },
        || {
            view! {
                <Footer>
                    <FooterSection slot title="Services" width="one-half"><SectionLink slot href="/bins" text="Bins" /></FooterSection>
                    <SupportLink slot href="/cookies" text="Cookies" />
                </Footer>
            }
            .into_any()
        },
    );
    assert_same(
        || {
            view! {
                <ServiceNavigation service_name="Bin collections" navigation=vec![
                    ServiceNavigationItem::new("Collection days", "/days").current(),
                    ServiceNavigationItem::new("Report a missed bin", "/missed"),
                ] />
            }
            .into_any()
        },
        || {
            view! {
                <ServiceNavigation service_name="Bin collections">
                    <NavLink slot href="/days" current=true>"Collection days"</NavLink>
                    <NavLink slot href="/missed">"Report a missed bin"</NavLink>
                </ServiceNavigation>
            }
            .into_any()
        },
    );
}

#[test]
fn cookie_banner_messages_and_actions() {
    assert_same(
        || {
            let message = CookieBannerMessage {
                heading_text: Some("Cookies on Bin collections".into()),
                html: Some(TrustedHtml::new(
                    "<p class=\"govuk-body\">We use essential cookies.</p>",
                )),
                actions: Some(vec![
                    Some(ActionOptions {
                        text: Some("Accept".into()),
                        r#type: Some("submit".into()),
                        name: Some("cookies".into()),
                        value: Some("accept".into()),
                        ..Default::default()
                    }),
                    Some(ActionOptions {
                        text: Some("View cookies".into()),
                        href: Some("/cookies".into()),
                        ..Default::default()
                    }),
                ]),
                ..Default::default()
            };
            view! { <CookieBanner messages=vec![message] /> }.into_any()
        },
        || {
            view! {
                <CookieBanner>
                    <CookieMessage slot heading="Cookies on Bin collections">
                        <p class="govuk-body">"We use essential cookies."</p>
                        <CookieAction slot text="Accept" r#type="submit" name="cookies" value="accept" />
                        <CookieAction slot text="View cookies" href="/cookies" />
                    </CookieMessage>
                </CookieBanner>
            }
            .into_any()
        },
    );
}
