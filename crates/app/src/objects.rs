//! Uploaded files go to an object store (the `object_store` crate): a local
//! folder by default; S3-compatible storage plugs in behind the same trait.

use std::sync::Arc;

use object_store::local::LocalFileSystem;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt};

use crate::error::AppError;

pub type Objects = Arc<dyn ObjectStore>;

/// A store rooted at a local folder (created if missing).
pub fn local(dir: &std::path::Path) -> Result<Objects, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("creating {}: {e}", dir.display()))?;
    LocalFileSystem::new_with_prefix(dir)
        .map(|s| Arc::new(s) as Objects)
        .map_err(|e| e.to_string())
}

pub async fn put(store: &Objects, key: &str, bytes: Vec<u8>) -> Result<(), AppError> {
    store
        .put(&Path::from(key), bytes.into())
        .await
        .map(|_| ())
        .map_err(|e| AppError::Internal(format!("storing {key}: {e}")))
}

pub async fn get(store: &Objects, key: &str) -> Result<Vec<u8>, AppError> {
    let got = store.get(&Path::from(key)).await.map_err(|e| match e {
        object_store::Error::NotFound { .. } => AppError::NotFound,
        other => AppError::Internal(format!("reading {key}: {other}")),
    })?;
    got.bytes()
        .await
        .map(|b| b.to_vec())
        .map_err(|e| AppError::Internal(format!("reading {key}: {e}")))
}

pub async fn delete(store: &Objects, key: &str) -> Result<(), AppError> {
    store
        .delete(&Path::from(key))
        .await
        .map_err(|e| AppError::Internal(format!("deleting {key}: {e}")))
}

/// The size of a stored object in bytes.
pub async fn size(store: &Objects, key: &str) -> Result<u64, AppError> {
    store
        .head(&Path::from(key))
        .await
        .map(|m| m.size)
        .map_err(|e| match e {
            object_store::Error::NotFound { .. } => AppError::NotFound,
            other => AppError::Internal(format!("reading {key}: {other}")),
        })
}

/// Bytes `start..end` of a stored object.
pub async fn get_range(
    store: &Objects,
    key: &str,
    start: u64,
    end: u64,
) -> Result<Vec<u8>, AppError> {
    store
        .get_range(&Path::from(key), start..end)
        .await
        .map(|b| b.to_vec())
        .map_err(|e| match e {
            object_store::Error::NotFound { .. } => AppError::NotFound,
            other => AppError::Internal(format!("reading {key}: {other}")),
        })
}

/// A stored object (or bytes `start..end` of it) as a stream of chunks,
/// with the object's total size: served without holding it in memory.
pub async fn stream(
    store: &Objects,
    key: &str,
    range: Option<std::ops::Range<u64>>,
) -> Result<(u64, Chunks), AppError> {
    let options = object_store::GetOptions::new().with_range(range);
    let got = store
        .get_opts(&Path::from(key), options)
        .await
        .map_err(|e| match e {
            object_store::Error::NotFound { .. } => AppError::NotFound,
            other => AppError::Internal(format!("reading {key}: {other}")),
        })?;
    let size = got.meta.size;
    Ok((size, got.into_stream()))
}

/// Chunks of a stored object.
pub type Chunks = futures_util::stream::BoxStream<'static, object_store::Result<bytes::Bytes>>;

#[cfg(test)]
mod tests {
    use futures_util::StreamExt;

    use super::*;

    /// A large file is read in small chunks, never whole: serving a 200 MB
    /// video costs a chunk of memory per request, not the video.
    #[tokio::test]
    async fn large_objects_stream_in_small_chunks() {
        let dir = std::env::temp_dir().join(format!("yz-objects-{}", yz_store::new_id()));
        std::fs::create_dir_all(&dir).unwrap();
        let store = local(&dir).unwrap();
        let size = 24 * 1024 * 1024;
        put(&store, "media/x/video.mp4", vec![7u8; size])
            .await
            .unwrap();
        let (total, mut chunks) = stream(&store, "media/x/video.mp4", None).await.unwrap();
        assert_eq!(total, size as u64);
        let (mut n, mut largest, mut read) = (0, 0, 0);
        while let Some(c) = chunks.next().await {
            let c = c.unwrap();
            n += 1;
            largest = largest.max(c.len());
            read += c.len();
        }
        assert_eq!(read, size);
        assert!(
            n > 2 && largest <= 8 * 1024 * 1024,
            "{n} chunks, largest {largest}"
        );
        let (_, mut part) = stream(&store, "media/x/video.mp4", Some(100..200))
            .await
            .unwrap();
        assert_eq!(part.next().await.unwrap().unwrap().len(), 100);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
