//! What a table upload reads into: sheets of text cells.

use serde::{Deserialize, Serialize};

/// A spreadsheet or CSV file, every cell rendered as text.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Table {
    /// The sheets in workbook order; a CSV file has exactly one.
    pub sheets: Vec<Sheet>,
}

/// One sheet of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Sheet {
    /// The sheet's name (empty for CSV).
    pub name: String,
    /// Rows of cells. Rows may differ in length: trailing empty cells are
    /// left out. For XLSX, row `i` is spreadsheet row `i + 1` and cell `j`
    /// is column `j` (A = 0), so leading empty rows/cells are kept.
    pub rows: Vec<Vec<String>>,
}

impl Sheet {
    /// The widest row's length.
    pub fn columns(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }
}
