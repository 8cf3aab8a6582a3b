//! Small GLB models generated in code, for the demo fair (no downloads).

use crate::models3d::{CHUNK_BIN, CHUNK_JSON};
use serde::{Deserialize, Serialize};
use serde_json::json;

/// The shapes [`sample_glb`] can build.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SampleShape {
    /// A 1 m cube resting on the floor, brand red.
    Cube,
    /// A wooden chair: seat, four legs and a backrest.
    Chair,
    /// A white display table: top and four legs.
    Table,
}

impl SampleShape {
    /// Every shape.
    pub const ALL: [SampleShape; 3] = [SampleShape::Cube, SampleShape::Chair, SampleShape::Table];

    /// A short English name, used as the glTF node/mesh name.
    pub fn name(self) -> &'static str {
        match self {
            SampleShape::Cube => "cube",
            SampleShape::Chair => "chair",
            SampleShape::Table => "table",
        }
    }

    /// `(min corner, max corner)` of each box, in metres, Y up.
    fn boxes(self) -> Vec<([f32; 3], [f32; 3])> {
        let legs = |half_w: f32, half_d: f32, top: f32, t: f32| {
            let mut v = Vec::new();
            for (sx, sz) in [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)] {
                let (x, z): (f32, f32) = (sx * (half_w - t), sz * (half_d - t));
                v.push(([x - t, 0.0, z - t], [x + t, top, z + t]));
            }
            v
        };
        match self {
            SampleShape::Cube => vec![([-0.5, 0.0, -0.5], [0.5, 1.0, 0.5])],
            SampleShape::Chair => {
                let mut v = legs(0.25, 0.25, 0.42, 0.025);
                v.push(([-0.25, 0.42, -0.25], [0.25, 0.48, 0.25]));
                v.push(([-0.25, 0.48, -0.25], [0.25, 1.0, -0.2]));
                v
            }
            SampleShape::Table => {
                let mut v = legs(0.6, 0.4, 0.72, 0.03);
                v.push(([-0.6, 0.72, -0.4], [0.6, 0.76, 0.4]));
                v
            }
        }
    }

    fn colour(self) -> [f32; 4] {
        match self {
            SampleShape::Cube => [0.78, 0.12, 0.12, 1.0],
            SampleShape::Chair => [0.55, 0.35, 0.18, 1.0],
            SampleShape::Table => [0.92, 0.92, 0.94, 1.0],
        }
    }
}

/// Mesh data for boxes: flat-shaded, counter-clockwise faces.
#[derive(Default)]
struct Mesh {
    positions: Vec<[f32; 3]>,
    normals: Vec<[f32; 3]>,
    indices: Vec<u16>,
}

impl Mesh {
    fn add_box(&mut self, min: [f32; 3], max: [f32; 3]) {
        let centre = [0, 1, 2].map(|i| (min[i] + max[i]) / 2.0);
        let half = [0, 1, 2].map(|i| (max[i] - min[i]) / 2.0);
        // (normal, u, v) with u × v = normal, so u-then-v corners run CCW.
        let faces: [([f32; 3], [f32; 3], [f32; 3]); 6] = [
            ([1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]),
            ([-1.0, 0.0, 0.0], [0.0, 0.0, 1.0], [0.0, 1.0, 0.0]),
            ([0.0, 1.0, 0.0], [0.0, 0.0, 1.0], [1.0, 0.0, 0.0]),
            ([0.0, -1.0, 0.0], [1.0, 0.0, 0.0], [0.0, 0.0, 1.0]),
            ([0.0, 0.0, 1.0], [1.0, 0.0, 0.0], [0.0, 1.0, 0.0]),
            ([0.0, 0.0, -1.0], [0.0, 1.0, 0.0], [1.0, 0.0, 0.0]),
        ];
        for (n, u, v) in faces {
            let base = u16::try_from(self.positions.len()).unwrap_or(u16::MAX);
            for (su, sv) in [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)] {
                let p = [0, 1, 2].map(|i| centre[i] + half[i] * (n[i] + su * u[i] + sv * v[i]));
                self.positions.push(p);
                self.normals.push(n);
            }
            for k in [0, 1, 2, 0, 2, 3] {
                self.indices.push(base.saturating_add(k));
            }
        }
    }
}

fn push_f32s(bin: &mut Vec<u8>, items: &[[f32; 3]]) {
    for v in items {
        for c in v {
            bin.extend_from_slice(&c.to_le_bytes());
        }
    }
}

fn pad4(bytes: &mut Vec<u8>, fill: u8) {
    while !bytes.len().is_multiple_of(4) {
        bytes.push(fill);
    }
}

fn u32_len(len: usize) -> u32 {
    u32::try_from(len).unwrap_or(u32::MAX)
}

/// Builds a small valid GLB model (glTF 2.0 binary) of `shape`: one node,
/// one mesh with positions, normals and `u16` indices in the BIN chunk, and
/// one PBR material with a base colour. A few kilobytes; passes
/// [`crate::check_glb`].
pub fn sample_glb(shape: SampleShape) -> Vec<u8> {
    let mut mesh = Mesh::default();
    for (min, max) in shape.boxes() {
        mesh.add_box(min, max);
    }
    let mut lo = [f32::MAX; 3];
    let mut hi = [f32::MIN; 3];
    for p in &mesh.positions {
        for i in 0..3 {
            lo[i] = lo[i].min(p[i]);
            hi[i] = hi[i].max(p[i]);
        }
    }
    let mut bin = Vec::new();
    push_f32s(&mut bin, &mesh.positions);
    let normals_at = bin.len();
    push_f32s(&mut bin, &mesh.normals);
    let indices_at = bin.len();
    for i in &mesh.indices {
        bin.extend_from_slice(&i.to_le_bytes());
    }
    let indices_len = bin.len() - indices_at;
    pad4(&mut bin, 0);
    let count = mesh.positions.len();
    let json = json!({
        "asset": { "version": "2.0", "generator": "yz-media sample_glb" },
        "scene": 0,
        "scenes": [{ "nodes": [0] }],
        "nodes": [{ "mesh": 0, "name": shape.name() }],
        "meshes": [{
            "name": shape.name(),
            "primitives": [{
                "attributes": { "POSITION": 0, "NORMAL": 1 },
                "indices": 2,
                "material": 0
            }]
        }],
        "materials": [{
            "name": format!("{} material", shape.name()),
            "pbrMetallicRoughness": {
                "baseColorFactor": shape.colour(),
                "metallicFactor": 0.0,
                "roughnessFactor": 0.7
            }
        }],
        "accessors": [
            { "bufferView": 0, "componentType": 5126, "count": count, "type": "VEC3",
              "min": lo, "max": hi },
            { "bufferView": 1, "componentType": 5126, "count": count, "type": "VEC3" },
            { "bufferView": 2, "componentType": 5123, "count": mesh.indices.len(), "type": "SCALAR" }
        ],
        "bufferViews": [
            { "buffer": 0, "byteOffset": 0, "byteLength": normals_at, "target": 34962 },
            { "buffer": 0, "byteOffset": normals_at, "byteLength": indices_at - normals_at,
              "target": 34962 },
            { "buffer": 0, "byteOffset": indices_at, "byteLength": indices_len, "target": 34963 }
        ],
        "buffers": [{ "byteLength": bin.len() }]
    });
    let mut json = json.to_string().into_bytes();
    pad4(&mut json, b' ');
    let total = 12 + 8 + json.len() + 8 + bin.len();
    let mut out = Vec::with_capacity(total);
    out.extend_from_slice(b"glTF");
    out.extend_from_slice(&2u32.to_le_bytes());
    out.extend_from_slice(&u32_len(total).to_le_bytes());
    out.extend_from_slice(&u32_len(json.len()).to_le_bytes());
    out.extend_from_slice(&CHUNK_JSON.to_le_bytes());
    out.extend_from_slice(&json);
    out.extend_from_slice(&u32_len(bin.len()).to_le_bytes());
    out.extend_from_slice(&CHUNK_BIN.to_le_bytes());
    out.extend_from_slice(&bin);
    out
}
