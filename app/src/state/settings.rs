//! The compile settings and the theme, as the toolbar sets them: a change the module depends
//! on asks for a compile.

use compiler_core::{Mode, Schedule};

use super::State;

/// The step budget the page starts with: a runaway loop stops in well under a second.
pub const DEFAULT_BUDGET: Option<u64> = Some(100_000_000);

/// The compile options the user sets.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    pub schedule: Schedule,
    pub step_budget: Option<u64>,
    /// Compile with trace events for the timeline; off, the module carries no tracing code.
    pub trace: bool,
    /// How a program with exports is built; one without is always a command.
    pub mode: Mode,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings { schedule: Schedule::Seed, step_budget: DEFAULT_BUDGET, trace: false, mode: Mode::Reactor }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    System,
    Light,
    Dark,
}

impl Theme {
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The next theme of the toggle button.
    pub fn next(self) -> Theme {
        match self {
            Theme::System => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::System,
        }
    }
}

pub enum SettingsAction {
    SetSchedule(Schedule),
    /// The step budget field as it is being typed: kept so a render meanwhile shows it.
    TypeBudget(String),
    /// The step budget field as committed (on change).
    SetBudget(String),
    /// How to build a program that has exports.
    SetMode(Mode),
    /// Turns tracing on or off.
    SetTrace(bool),
    SetTheme(Theme),
}

impl State {
    pub(super) fn apply_settings(&mut self, action: SettingsAction) {
        match action {
            SettingsAction::SetSchedule(s) => {
                if s != self.settings.schedule {
                    self.settings.schedule = s;
                    self.compile_req += 1;
                }
            }
            SettingsAction::TypeBudget(text) => self.budget_text = text,
            SettingsAction::SetBudget(text) => {
                let t = text.trim().replace('_', "");
                match t.as_str() {
                    "" => {
                        self.budget_error = None;
                        self.set_budget(None);
                    }
                    _ => match t.parse::<u64>() {
                        Ok(n) if n > 0 => {
                            self.budget_error = None;
                            self.set_budget(Some(n));
                        }
                        _ => self.budget_error = Some("a positive whole number of steps, or empty for no limit".into()),
                    },
                }
                self.budget_text = text;
            }
            SettingsAction::SetMode(m) => {
                if m != self.settings.mode {
                    self.settings.mode = m;
                    self.compile_req += 1;
                }
            }
            SettingsAction::SetTrace(on) => {
                if on != self.settings.trace {
                    self.settings.trace = on;
                    self.compile_req += 1;
                }
            }
            SettingsAction::SetTheme(t) => self.theme = t,
        }
    }

    fn set_budget(&mut self, b: Option<u64>) {
        if b != self.settings.step_budget {
            self.settings.step_budget = b;
            self.compile_req += 1;
        }
    }
}
