//! The components, one module each: options model, rendering and Leptos component.

pub mod accordion;
pub mod back_link;
pub mod breadcrumbs;
pub mod button;
pub mod character_count;
pub mod checkboxes;
pub mod choice;
pub mod cookie_banner;
pub mod date_input;
pub mod details;
pub mod error_message;
pub mod error_summary;
pub mod exit_this_page;
pub mod feedback;
pub mod fieldset;
pub mod file_upload;
pub mod footer;
pub mod form_group;
pub mod generic_header;
pub mod header;
pub mod hint;
pub mod input;
pub mod inset_text;
pub mod label;
pub mod language_navigation;
pub mod layout;
mod logo;
pub mod notification_banner;
pub mod pagination;
pub mod panel;
pub mod password_input;
pub mod phase_banner;
pub mod radios;
pub mod select;
pub mod service_navigation;
pub mod skip_link;
pub mod summary_list;
pub mod table;
pub mod tabs;
pub mod tag;
pub mod task_list;
pub mod template;
pub mod textarea;
pub mod warning_text;

pub use accordion::{Accordion, AccordionItem, AccordionOptions, AccordionSection, AccordionText};
pub use back_link::{BackLink, BackLinkOptions};
pub use breadcrumbs::{Breadcrumbs, BreadcrumbsItem, BreadcrumbsOptions, Crumb};
pub use button::{ActionOptions, Button, ButtonOptions};
pub use character_count::{CharacterCount, CharacterCountOptions, CountMessageOptions};
pub use checkboxes::{Checkboxes, CheckboxesOptions};
pub use choice::{ChoiceItem, ConditionalOptions, ItemLabelOptions};
pub use cookie_banner::{
    CookieAction, CookieBanner, CookieBannerMessage, CookieBannerOptions, CookieMessage,
};
pub use date_input::{DateInput, DateInputItem, DateInputOptions, DateParts, DateValues};
pub use details::{Details, DetailsOptions};
pub use error_message::{ErrorMessage, ErrorMessageOptions};
pub use error_summary::{ErrorSummary, ErrorSummaryItem, ErrorSummaryOptions};
pub use exit_this_page::{ExitThisPage, ExitThisPageOptions};
pub use feedback::{Feedback, FeedbackOptions};
pub use fieldset::{Fieldset, FieldsetOptions, LegendOptions};
pub use file_upload::{FileUpload, FileUploadOptions};
pub use footer::{
    Footer, FooterLink, FooterMeta, FooterNavigation, FooterOptions, FooterSection, FooterText,
    SectionLink, SupportLink,
};
pub use form_group::{BeforeAfterOptions, FormGroupOptions};
pub use generic_header::{GenericHeader, GenericHeaderOptions};
pub use header::{Header, HeaderOptions};
pub use hint::{Hint, HintOptions};
pub use input::{AffixOptions, Input, InputOptions, InputWrapperOptions};
pub use inset_text::{InsetText, InsetTextOptions};
pub use label::{Label, LabelOptions};
pub use language_navigation::{
    LanguageNavigation, LanguageNavigationItem, LanguageNavigationOptions,
};
pub use layout::{
    Body, BodySize, BreakSize, Caption, ColumnWidth, GridColumn, GridRow, Heading, Link, List,
    ListKind, MainWrapper, SectionBreak, Size, Spacing, WidthContainer,
};
pub use notification_banner::{NotificationBanner, NotificationBannerOptions};
pub use pagination::{PageLink, Pagination, PaginationItem, PaginationLink, PaginationOptions};
pub use panel::{Panel, PanelActions, PanelOptions};
pub use password_input::{PasswordButtonOptions, PasswordInput, PasswordInputOptions};
pub use phase_banner::{PhaseBanner, PhaseBannerOptions};
pub use radios::{Radios, RadiosOptions};
pub use select::{Select, SelectItem, SelectOptions};
pub use service_navigation::{
    EndSlot, NavLink, ServiceNavigation, ServiceNavigationItem, ServiceNavigationOptions,
    ServiceNavigationSlots,
};
pub use skip_link::{SkipLink, SkipLinkOptions};
pub use summary_list::{
    CardAction, RowAction, SummaryAction, SummaryActions, SummaryCard, SummaryCardOptions,
    SummaryCardTitle, SummaryList, SummaryListOptions, SummaryListRow, SummaryRow, SummaryText,
};
pub use table::{Table, TableBodyRow, TableCell, TableData, TableHeader, TableOptions, TableRow};
pub use tabs::{Tab, TabPanelOptions, Tabs, TabsItem, TabsOptions};
pub use tag::{Tag, TagOptions};
pub use task_list::{Task, TaskList, TaskListItem, TaskListOptions, TaskListStatus, TaskListText};
pub use template::{Page, TemplateBlocks, TemplateOptions};
pub use textarea::{Textarea, TextareaOptions};
pub use warning_text::{WarningText, WarningTextOptions};
