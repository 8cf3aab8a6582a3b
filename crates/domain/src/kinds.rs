//! The kinds things come in, as stored: booths on a plan and the media
//! files of an exhibit.

use crate::names::names;

names! {
    /// A booth on a hall plan: premium booths line the front rows.
    BoothKind {
        Standard => "standard",
        Premium => "premium",
    }
}

names! {
    /// What a media file of an exhibit is for; each kind accepts its own
    /// file types and is shown its own way.
    MediaKind {
        Image => "image",
        Panorama => "panorama",
        Video => "video",
        Document => "document",
        Table => "table",
        Model => "model",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_by_name() {
        for k in BoothKind::ALL {
            assert_eq!(k.as_str().parse::<BoothKind>(), Ok(*k));
        }
        for k in MediaKind::ALL {
            assert_eq!(k.as_str().parse::<MediaKind>(), Ok(*k));
        }
        assert_eq!("sculpture".parse::<MediaKind>(), Err(()));
    }
}
