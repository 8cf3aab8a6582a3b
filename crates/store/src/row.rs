//! Values bound to queries and the rows they decode into, read by column
//! name into typed fields.

use std::sync::Arc;

use crate::StoreError;

/// A bound parameter or a decoded column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bytes(Option<Vec<u8>>),
}

impl From<i64> for Value {
    fn from(v: i64) -> Self {
        Value::Int(Some(v))
    }
}
impl From<Option<i64>> for Value {
    fn from(v: Option<i64>) -> Self {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Self {
        Value::Int(Some(v as i64))
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Self {
        Value::Text(Some(v.to_owned()))
    }
}
impl From<&String> for Value {
    fn from(v: &String) -> Self {
        Value::Text(Some(v.clone()))
    }
}
impl From<String> for Value {
    fn from(v: String) -> Self {
        Value::Text(Some(v))
    }
}
impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Self {
        Value::Text(v)
    }
}
impl From<Option<&str>> for Value {
    fn from(v: Option<&str>) -> Self {
        Value::Text(v.map(str::to_owned))
    }
}
impl From<Vec<u8>> for Value {
    fn from(v: Vec<u8>) -> Self {
        Value::Bytes(Some(v))
    }
}

/// Builds a `Vec<Value>` from anything convertible.
#[macro_export]
macro_rules! args {
    () => { Vec::<$crate::Value>::new() };
    ($($v:expr),+ $(,)?) => { vec![$($crate::Value::from($v)),+] };
}

/// A decoded row: values with their column names. Read a column by its
/// name (`row.text("title")`), which stays right when a query's column list
/// changes; positions (`row.text(0)`) suit one-column queries.
#[derive(Debug, Clone)]
pub struct Row {
    pub(crate) names: Arc<[String]>,
    pub(crate) values: Vec<Value>,
}

/// A column of a [`Row`]: its name or its position.
pub trait Col: Copy + std::fmt::Display {
    fn find(self, row: &Row) -> Option<usize>;
}

impl Col for usize {
    fn find(self, row: &Row) -> Option<usize> {
        (self < row.values.len()).then_some(self)
    }
}

impl Col for &str {
    fn find(self, row: &Row) -> Option<usize> {
        row.names.iter().position(|n| n == self)
    }
}

impl Row {
    fn get(&self, c: impl Col) -> Result<&Value, StoreError> {
        c.find(self)
            .and_then(|i| self.values.get(i))
            .ok_or_else(|| StoreError::Decode(format!("no column {c}")))
    }
    /// The row as a JSON object, column name to value (bytes as hex),
    /// leaving out the columns named in `omit`.
    pub fn to_json(&self, omit: &[&str]) -> serde_json::Map<String, serde_json::Value> {
        use serde_json::Value as J;
        self.names
            .iter()
            .zip(&self.values)
            .filter(|(n, _)| !omit.contains(&n.as_str()))
            .map(|(n, v)| {
                let j = match v {
                    Value::Int(Some(i)) => J::from(*i),
                    Value::Text(Some(t)) => J::from(t.as_str()),
                    Value::Bytes(Some(b)) => {
                        J::from(b.iter().map(|x| format!("{x:02x}")).collect::<String>())
                    }
                    _ => J::Null,
                };
                (n.clone(), j)
            })
            .collect()
    }

    pub fn opt_i64(&self, c: impl Col) -> Result<Option<i64>, StoreError> {
        match self.get(c)? {
            Value::Int(v) => Ok(*v),
            Value::Text(None) | Value::Bytes(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not an integer"
            ))),
        }
    }
    pub fn i64(&self, c: impl Col) -> Result<i64, StoreError> {
        self.opt_i64(c)?
            .ok_or_else(|| StoreError::Decode(format!("column {c} is NULL")))
    }
    pub fn bool(&self, c: impl Col) -> Result<bool, StoreError> {
        Ok(self.i64(c)? != 0)
    }
    pub fn opt_text(&self, c: impl Col) -> Result<Option<String>, StoreError> {
        match self.get(c)? {
            Value::Text(v) => Ok(v.clone()),
            Value::Int(None) | Value::Bytes(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not text"
            ))),
        }
    }
    pub fn text(&self, c: impl Col) -> Result<String, StoreError> {
        self.opt_text(c)?
            .ok_or_else(|| StoreError::Decode(format!("column {c} is NULL")))
    }
    pub fn opt_bytes(&self, c: impl Col) -> Result<Option<Vec<u8>>, StoreError> {
        match self.get(c)? {
            Value::Bytes(v) => Ok(v.clone()),
            Value::Int(None) | Value::Text(None) => Ok(None),
            other => Err(StoreError::Decode(format!(
                "column {c}: {other:?} is not bytes"
            ))),
        }
    }
    /// A text column holding JSON, decoded (an unreadable value is the
    /// type's default, as for lists stored before a field existed).
    pub fn json<T: serde::de::DeserializeOwned + Default>(
        &self,
        c: impl Col,
    ) -> Result<T, StoreError> {
        Ok(serde_json::from_str(&self.text(c)?).unwrap_or_default())
    }
    /// A text column holding one of an enum's names.
    pub fn parse<T: std::str::FromStr>(&self, c: impl Col) -> Result<T, StoreError> {
        let raw = self.text(c)?;
        raw.parse()
            .map_err(|_| StoreError::Decode(format!("column {c}: unknown value {raw:?}")))
    }
}
