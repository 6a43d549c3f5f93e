//! The stylesheet in parts that can each be written on its own: the core's rules before the
//! components', one part per component, and the core's rules after them. A page that adds
//! its components' rules as it draws them (civic's `PageStyles`, #13) writes each part into
//! a `<style>` element of its own, in [`Part`]'s order, so that the cascade is always the
//! full sheet's whichever component came first.

use stylist::ast::Sheet;

use super::builder::Css;
use super::components::{self, COMPONENTS};
use super::{core_after_components, core_before_components, OVERRIDES};
use crate::Theme;

/// One part of the stylesheet. Parts order as the full sheet writes them: the core's start,
/// the components in govuk-frontend's order, then the core's end. The rules of a set of parts
/// written in that order are those of [`components_stylesheet`](super::components_stylesheet)
/// for the same components.
///
/// ```
/// use civic_styles::sheet::{Part, components_stylesheet, to_css};
/// let theme = civic_styles::Theme::civic();
/// let parts = Part::page(&["input"]).unwrap();
/// let names: Vec<&str> = parts.iter().map(|part| part.name()).collect();
/// assert_eq!(names, ["core", "error-message", "hint", "label", "input", "core-end"]);
/// let joined: String = parts.iter().map(|part| to_css(&part.sheet(&theme))).collect();
/// assert_eq!(joined, to_css(&components_stylesheet(&theme, &["input"]).unwrap()));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Part(Kind);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Kind {
    CoreStart,
    /// An index into [`COMPONENTS`].
    Component(usize),
    CoreEnd {
        overrides: bool,
    },
}

impl Part {
    /// The core's rules that come before the components': colours, type, links, lists,
    /// section breaks, the template, the grid and form groups.
    pub const CORE_START: Part = Part(Kind::CoreStart);

    /// The core's rules that come after the components' (the utilities and accessibility
    /// helpers), with the override classes (`govuk-!-margin-bottom-6`, …) when `overrides`.
    pub const fn core_end(overrides: bool) -> Part {
        Part(Kind::CoreEnd { overrides })
    }

    /// The parts of the component named and of those it builds on (an input's label, hint and
    /// error message), in order. An unknown name is refused with the names there are.
    pub fn component(name: &str) -> Result<Vec<Part>, String> {
        Ok(components::with_needs(&[name])?
            .into_iter()
            .filter_map(|styles| Part::from_name(styles.name))
            .collect())
    }

    /// Every part a page of the components named needs, in order: the core's start, the
    /// components and those they build on, and the core's end (with the override classes if
    /// [`OVERRIDES`] is named).
    pub fn page(names: &[&str]) -> Result<Vec<Part>, String> {
        let mut parts = vec![Part::CORE_START];
        for name in names.iter().filter(|name| **name != OVERRIDES) {
            for part in Part::component(name).map_err(|error| format!("{error}, or {OVERRIDES}"))? {
                if !parts.contains(&part) {
                    parts.push(part);
                }
            }
        }
        parts.push(Part::core_end(names.contains(&OVERRIDES)));
        parts.sort();
        Ok(parts)
    }

    /// The part's name, as a page marks its `<style>` element with it: `core`, a component's
    /// name, `core-end` or `core-end-overrides`.
    pub fn name(self) -> &'static str {
        match self.0 {
            Kind::CoreStart => "core",
            Kind::Component(index) => COMPONENTS.get(index).map_or("", |c| c.name),
            Kind::CoreEnd { overrides: false } => "core-end",
            Kind::CoreEnd { overrides: true } => "core-end-overrides",
        }
    }

    /// The part a [`name`](Part::name) names, if any.
    pub fn from_name(name: &str) -> Option<Part> {
        match name {
            "core" => Some(Part::CORE_START),
            "core-end" => Some(Part::core_end(false)),
            "core-end-overrides" => Some(Part::core_end(true)),
            _ => COMPONENTS
                .iter()
                .position(|c| c.name == name)
                .map(|index| Part(Kind::Component(index))),
        }
    }

    /// The component this part styles, if it is a component's.
    pub fn component_name(self) -> Option<&'static str> {
        match self.0 {
            Kind::Component(index) => COMPONENTS.get(index).map(|c| c.name),
            _ => None,
        }
    }

    /// This part's rules for `theme`.
    pub fn sheet(self, theme: &Theme) -> Sheet {
        let mut css = Css::new(theme);
        match self.0 {
            Kind::CoreStart => core_before_components(&mut css),
            Kind::Component(index) => {
                if let Some(component) = COMPONENTS.get(index) {
                    (component.write)(&mut css);
                }
            }
            Kind::CoreEnd { overrides } => core_after_components(&mut css, overrides),
        }
        css.into_sheet()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sheet::{components_stylesheet, to_css};

    fn joined(theme: &Theme, names: &[&str]) -> String {
        Part::page(names)
            .unwrap()
            .iter()
            .map(|part| to_css(&part.sheet(theme)))
            .collect()
    }

    #[test]
    fn each_components_parts_make_its_sheet_in_every_theme() {
        for theme in [Theme::civic(), Theme::named("anytown").unwrap()] {
            for component in COMPONENTS {
                assert_eq!(
                    joined(&theme, &[component.name]),
                    to_css(&components_stylesheet(&theme, &[component.name]).unwrap()),
                    "{}",
                    component.name
                );
            }
            let every: Vec<&str> = COMPONENTS.iter().map(|c| c.name).collect();
            let mut with_overrides = every.clone();
            with_overrides.insert(3, OVERRIDES);
            for names in [every, with_overrides] {
                assert_eq!(
                    joined(&theme, &names),
                    to_css(&components_stylesheet(&theme, &names).unwrap())
                );
            }
        }
    }

    #[test]
    fn parts_are_named_in_order_and_read_back() {
        let parts = Part::page(&["task-list", "overrides", "button"]).unwrap();
        let names: Vec<&str> = parts.iter().map(|part| part.name()).collect();
        assert_eq!(
            names,
            ["core", "button", "tag", "task-list", "core-end-overrides"]
        );
        for part in parts {
            assert_eq!(Part::from_name(part.name()), Some(part));
        }
        assert_eq!(Part::from_name("inputs"), None);
        assert_eq!(
            Part::component("date-input")
                .unwrap()
                .last()
                .unwrap()
                .component_name(),
            Some("date-input")
        );
        assert!(Part::component("inputs")
            .unwrap_err()
            .contains("date-input"));
        assert!(Part::page(&["inputs"]).unwrap_err().contains(OVERRIDES));
    }
}
