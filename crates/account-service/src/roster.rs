//! The district's roster in, as OneRoster 1.1 CSV bulk files: `users.csv` (students, and
//! parents and guardians linked to them through `agentSourcedIds`), `orgs.csv` (schools) and
//! `demographics.csv` (birth dates). Everything is read and checked before anything is
//! written, and every problem names the file, the line and the column.

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// The columns OneRoster 1.1 defines for each file, in order.
pub const USERS_COLUMNS: [&str; 18] = [
    "sourcedId",
    "status",
    "dateLastModified",
    "enabledUser",
    "orgSourcedIds",
    "role",
    "username",
    "userIds",
    "givenName",
    "familyName",
    "middleName",
    "identifier",
    "email",
    "sms",
    "phone",
    "agentSourcedIds",
    "grades",
    "password",
];
pub const ORGS_COLUMNS: [&str; 7] = [
    "sourcedId",
    "status",
    "dateLastModified",
    "name",
    "type",
    "identifier",
    "parentSourcedId",
];
pub const DEMOGRAPHICS_COLUMNS: [&str; 16] = [
    "sourcedId",
    "status",
    "dateLastModified",
    "birthDate",
    "sex",
    "americanIndianOrAlaskaNative",
    "asian",
    "blackOrAfricanAmerican",
    "nativeHawaiianOrOtherPacificIslander",
    "white",
    "demographicRaceTwoOrMoreRaces",
    "hispanicOrLatinoEthnicity",
    "countryOfBirthCode",
    "stateOfBirthAbbreviation",
    "cityOfBirth",
    "publicSchoolResidenceStatus",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterError {
    pub file: String,
    pub line: usize,
    pub column: Option<String>,
    pub message: String,
}

impl fmt::Display for RosterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some(c) => write!(
                f,
                "{}:{}: column {c}: {}",
                self.file, self.line, self.message
            ),
            None => write!(f, "{}:{}: {}", self.file, self.line, self.message),
        }
    }
}

impl std::error::Error for RosterError {}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterStudent {
    pub sourced_id: String,
    pub username: String,
    pub student_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: String,
    pub school: String,
    pub birth_date: String,
    /// `tobedeleted` in the file: deactivated, never deleted.
    pub active: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterParent {
    pub sourced_id: String,
    pub name: String,
    pub email: String,
    /// The children's `sourcedId`s.
    pub children: Vec<String>,
    /// The OneRoster role: `parent`, `guardian` or `relative`.
    pub relationship: String,
    pub active: bool,
}

#[derive(Debug, Default)]
pub struct Roster {
    pub students: Vec<RosterStudent>,
    pub parents: Vec<RosterParent>,
    /// A bulk (full) import: students absent from it are deactivated. A delta import
    /// (`manifest.csv`: `file.users,delta`) leaves them as they are.
    pub full: bool,
    /// Rows of other roles (teachers, administrators, …), not imported.
    pub other_roles: usize,
}

/// One CSV file, its header checked against the specification.
struct Table {
    file: String,
    columns: HashMap<String, usize>,
    rows: Vec<(usize, csv::StringRecord)>,
}

impl Table {
    fn read(
        dir: &Path,
        name: &str,
        expected: &[&str],
        required: bool,
    ) -> Result<Option<Table>, RosterError> {
        let path = dir.join(name);
        if !path.exists() {
            if required {
                return Err(RosterError {
                    file: name.into(),
                    line: 0,
                    column: None,
                    message: format!("missing from {}", dir.display()),
                });
            }
            return Ok(None);
        }
        let fail = |line: usize, message: String| RosterError {
            file: name.into(),
            line,
            column: None,
            message,
        };
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .from_path(&path)
            .map_err(|e| fail(0, e.to_string()))?;
        let header = reader
            .headers()
            .map_err(|e| fail(1, e.to_string()))?
            .clone();
        let mut columns = HashMap::new();
        for (i, h) in header.iter().enumerate() {
            let h = h.trim().trim_start_matches('\u{feff}');
            if !expected.contains(&h) {
                return Err(fail(
                    1,
                    format!("column {h:?} is not a OneRoster 1.1 column of {name}"),
                ));
            }
            columns.insert(h.to_string(), i);
        }
        for want in ["sourcedId", "status"] {
            if !columns.contains_key(want) {
                return Err(fail(1, format!("the header has no {want} column")));
            }
        }
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| {
                let line = e.position().map_or(0, |p| p.line() as usize);
                fail(line, e.to_string())
            })?;
            let line = record.position().map_or(0, |p| p.line() as usize);
            rows.push((line, record));
        }
        Ok(Some(Table {
            file: name.into(),
            columns,
            rows,
        }))
    }

    fn get<'r>(&self, record: &'r csv::StringRecord, column: &str) -> &'r str {
        self.columns
            .get(column)
            .and_then(|&i| record.get(i))
            .map(str::trim)
            .unwrap_or("")
    }

    fn error(&self, line: usize, column: &str, message: impl Into<String>) -> RosterError {
        RosterError {
            file: self.file.clone(),
            line,
            column: Some(column.into()),
            message: message.into(),
        }
    }
}

fn plain(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(char::is_control)
}

/// Reads and checks a OneRoster 1.1 CSV folder.
pub fn read(dir: &Path) -> Result<Roster, RosterError> {
    let full = manifest_is_bulk(dir)?;
    let users =
        Table::read(dir, "users.csv", &USERS_COLUMNS, true)?.ok_or_else(|| RosterError {
            file: "users.csv".into(),
            line: 0,
            column: None,
            message: "missing".into(),
        })?;
    let orgs = Table::read(dir, "orgs.csv", &ORGS_COLUMNS, true)?;
    let demographics = Table::read(dir, "demographics.csv", &DEMOGRAPHICS_COLUMNS, true)?;
    let mut schools = HashMap::new();
    if let Some(orgs) = &orgs {
        for (line, r) in &orgs.rows {
            let name = orgs.get(r, "name");
            if name.is_empty() || !plain(name, 120) {
                return Err(orgs.error(
                    *line,
                    "name",
                    "a school needs a name of 1-120 plain characters",
                ));
            }
            schools.insert(orgs.get(r, "sourcedId").to_string(), name.to_string());
        }
    }
    let mut births = HashMap::new();
    if let Some(d) = &demographics {
        for (line, r) in &d.rows {
            let birth = d.get(r, "birthDate");
            if account_api::identifiers::parse_wire_date(birth).is_none() {
                return Err(d.error(
                    *line,
                    "birthDate",
                    format!("{birth:?} is not a date (YYYY-MM-DD)"),
                ));
            }
            births.insert(d.get(r, "sourcedId").to_string(), birth.to_string());
        }
    }
    let mut roster = Roster {
        full,
        ..Roster::default()
    };
    let mut seen = HashMap::new();
    for (line, r) in &users.rows {
        let line = *line;
        let sourced_id = users.get(r, "sourcedId");
        if sourced_id.is_empty() || !plain(sourced_id, 255) {
            return Err(users.error(line, "sourcedId", "required, up to 255 plain characters"));
        }
        if let Some(first) = seen.insert(sourced_id.to_string(), line) {
            return Err(users.error(
                line,
                "sourcedId",
                format!("{sourced_id:?} is already on line {first}"),
            ));
        }
        let status = users.get(r, "status");
        let active = match status {
            "" | "active" => true,
            "tobedeleted" => false,
            other => {
                return Err(users.error(
                    line,
                    "status",
                    format!("{other:?}: expected active or tobedeleted"),
                ))
            }
        };
        let role = users.get(r, "role");
        let given = users.get(r, "givenName");
        let family = users.get(r, "familyName");
        match role {
            "student" => {
                let username = users.get(r, "username");
                if username.is_empty()
                    || username.len() > 64
                    || !username
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'_' || b == b'-')
                {
                    return Err(users.error(
                        line,
                        "username",
                        "a student needs a username of letters, digits, . _ -",
                    ));
                }
                let identifier = users.get(r, "identifier");
                if identifier.len() != 9 || !identifier.bytes().all(|b| b.is_ascii_digit()) {
                    return Err(users.error(line, "identifier", "the 9-digit student ID (OSIS)"));
                }
                for (column, value) in [("givenName", given), ("familyName", family)] {
                    if value.is_empty() || !plain(value, 100) {
                        return Err(users.error(
                            line,
                            column,
                            "required, up to 100 plain characters",
                        ));
                    }
                }
                let email = match users.get(r, "email") {
                    "" => format!(
                        "{}@{}",
                        username.to_ascii_lowercase(),
                        account_api::identifiers::STUDENT_MAIL_DOMAIN
                    ),
                    e if crate::domain::nycsa::valid_email(e) => e.to_string(),
                    _ => return Err(users.error(line, "email", "not an email address")),
                };
                let org = users
                    .get(r, "orgSourcedIds")
                    .split(',')
                    .next()
                    .unwrap_or("")
                    .trim();
                let school = schools.get(org).cloned().ok_or_else(|| {
                    users.error(line, "orgSourcedIds", format!("{org:?} is not in orgs.csv"))
                })?;
                let birth_date = births.get(sourced_id).cloned().ok_or_else(|| {
                    users.error(
                        line,
                        "sourcedId",
                        "no birth date for this student in demographics.csv",
                    )
                })?;
                roster.students.push(RosterStudent {
                    sourced_id: sourced_id.into(),
                    username: username.into(),
                    student_id: identifier.into(),
                    first_name: given.into(),
                    last_name: family.into(),
                    email,
                    school,
                    birth_date,
                    active,
                });
            }
            role @ ("parent" | "guardian" | "relative") => {
                let email = users.get(r, "email");
                if !crate::domain::nycsa::valid_email(email) {
                    return Err(users.error(
                        line,
                        "email",
                        "a parent or guardian needs the NYCSA email address",
                    ));
                }
                let name = format!("{given} {family}").trim().to_string();
                if name.is_empty() || !plain(&name, 200) {
                    return Err(users.error(line, "givenName", "a name is required"));
                }
                let children = users
                    .get(r, "agentSourcedIds")
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect();
                roster.parents.push(RosterParent {
                    sourced_id: sourced_id.into(),
                    name,
                    email: email.to_lowercase(),
                    children,
                    relationship: role.to_string(),
                    active,
                });
            }
            "" => return Err(users.error(line, "role", "required")),
            _ => roster.other_roles += 1,
        }
    }
    let students: std::collections::HashSet<&str> = roster
        .students
        .iter()
        .map(|s| s.sourced_id.as_str())
        .collect();
    for p in &roster.parents {
        if let Some(missing) = p.children.iter().find(|c| !students.contains(c.as_str())) {
            let line = seen.get(&p.sourced_id).copied().unwrap_or(0);
            return Err(users.error(
                line,
                "agentSourcedIds",
                format!("{missing:?} is not a student in users.csv"),
            ));
        }
    }
    Ok(roster)
}

/// `manifest.csv` says whether users.csv is the whole district (`bulk`, the default) or only
/// what changed (`delta`).
fn manifest_is_bulk(dir: &Path) -> Result<bool, RosterError> {
    let path = dir.join("manifest.csv");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Ok(true);
    };
    for (i, line) in text.lines().enumerate() {
        let mut cells = line.split(',').map(|c| c.trim().trim_matches('"'));
        if cells.next() == Some("file.users") {
            return match cells.next() {
                Some("bulk") | None => Ok(true),
                Some("delta") => Ok(false),
                Some(other) => Err(RosterError {
                    file: "manifest.csv".into(),
                    line: i + 1,
                    column: Some("value".into()),
                    message: format!("{other:?}: expected bulk or delta"),
                }),
            };
        }
    }
    Ok(true)
}
