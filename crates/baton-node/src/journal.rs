//! The node's write-ahead journal: what the ingest path acknowledges (accepted transactions, issued receipts) is
//! made durable by one append and one `fdatasync`, and written to redb later, many group commits at a time (a
//! checkpoint), off the acknowledgement path. A redb commit costs 0.3-1.5 ms and 175-800 µs of CPU whatever it holds;
//! an append to a file whose blocks already exist costs a fraction of that (docs/BENCHMARKS.md §Inclusion receipts).
//!
//! Layout: two segment files beside the database, each of a fixed size written with zeros when created, so that a
//! sync writes data and never allocates blocks or changes the file's size. A segment starts with a header naming its
//! generation (a number never reused); frames follow from [`HEADER_LEN`], each `len: u32 | generation: u64 |
//! crc32: u32 | payload`, little-endian, the CRC over the first twelve bytes and the payload. Reading stops at the
//! first frame whose generation is not the segment's or whose CRC fails: a torn last write and the frames an older
//! generation left further on both end the segment.
//!
//! Appends go to the active segment. A durable checkpoint writes every frame not yet in redb to redb, recording in
//! the same redb commit the highest generation it covered; the journal then starts a new generation in the other
//! segment, which only ever happens once that segment's frames are all covered. A lazy checkpoint writes the frames
//! to redb in a commit that is not synced and records no generation: the journal keeps them, and the segment is not
//! reused, until a durable one (once the active segment is half written, or a second after the last). Opening
//! replays the frames of generations after the recorded one, oldest first (inserts of the same values, so a frame
//! whose lazy checkpoint did reach the disk replays harmlessly).

use std::{
    ffi::OsString,
    fs::File,
    io,
    os::unix::fs::FileExt,
    path::{Path, PathBuf},
};

const MAGIC: [u8; 8] = *b"BATONWAL";
const VERSION: u32 = 1;
/// Where frames start: the header has a block of its own.
const HEADER_LEN: u64 = 4096;
/// `len`, `generation`, `crc32`.
const FRAME_HEAD: usize = 16;

/// Errors of the journal.
#[derive(Debug, thiserror::Error)]
pub enum JournalError {
    /// Reading or writing a segment failed.
    #[error("journal {}: {source}", path.display())]
    Io {
        /// The segment file.
        path: PathBuf,
        /// The failure.
        source: io::Error,
    },
    /// A frame larger than a segment can hold.
    #[error("a journal frame of {len} bytes does not fit a segment of {capacity} bytes")]
    TooLarge {
        /// Bytes asked for.
        len: u64,
        /// The segment's size.
        capacity: u64,
    },
    /// The active segment has no room left for the frame: start a new generation first.
    #[error("the active journal segment is full")]
    Full,
    /// The other segment still holds frames redb does not: checkpoint first.
    #[error("both journal segments hold frames not yet checkpointed")]
    NotCheckpointed,
    /// An earlier write or sync failed: what reached the disk is unknown, so nothing more is appended. Restart the
    /// node (it replays what is there).
    #[error("the journal refused further writes after a failed write or sync; restart the node")]
    Failed,
}

#[derive(Debug)]
struct Segment {
    path: PathBuf,
    file: File,
    generation: u64,
    len: u64,
}

impl Segment {
    fn io(&self, source: io::Error) -> JournalError {
        JournalError::Io { path: self.path.clone(), source }
    }
}

/// The two segments, the active one and how far it is written.
#[derive(Debug)]
pub(crate) struct Journal {
    segments: [Segment; 2],
    active: usize,
    offset: u64,
    capacity: u64,
    /// Every frame of this generation and of the earlier ones is in redb.
    checkpointed: u64,
    failed: bool,
}

/// A frame read back at open: its generation and payload.
pub(crate) type Frame = (u64, Vec<u8>);

fn segment_path(base: &Path, index: usize) -> PathBuf {
    let mut name = OsString::from(base.as_os_str());
    name.push(format!(".journal-{index}"));
    PathBuf::from(name)
}

fn header(generation: u64) -> [u8; 24] {
    let mut out = [0u8; 24];
    out[..8].copy_from_slice(&MAGIC);
    out[8..12].copy_from_slice(&VERSION.to_le_bytes());
    out[12..20].copy_from_slice(&generation.to_le_bytes());
    let crc = crc32fast::hash(&out[..20]);
    out[20..].copy_from_slice(&crc.to_le_bytes());
    out
}

/// The generation a header names; 0 for a segment never started (zeros) or a header that does not check.
fn read_generation(bytes: &[u8; 24]) -> u64 {
    let generation = u64::from_le_bytes(bytes[12..20].try_into().unwrap_or_default());
    if bytes[..8] == MAGIC && *bytes == header(generation) {
        generation
    } else {
        0
    }
}

fn frame_crc(head: &[u8], payload: &[u8]) -> u32 {
    let mut hasher = crc32fast::Hasher::new();
    hasher.update(&head[..12]);
    hasher.update(payload);
    hasher.finalize()
}

/// Writes `capacity` zeros over `file` and syncs it, so later syncs write data only.
fn fill_with_zeros(file: &File, capacity: u64) -> io::Result<()> {
    const CHUNK: u64 = 1 << 20;
    let zeros = vec![0u8; CHUNK as usize];
    file.set_len(0)?;
    let mut at = 0;
    while at < capacity {
        let n = CHUNK.min(capacity - at);
        file.write_all_at(&zeros[..n as usize], at)?;
        at += n;
    }
    file.sync_all()
}

/// Opens segment `index` beside `base`, creating it (zero-filled) if missing; says whether it was created.
fn open_segment(base: &Path, index: usize, capacity: u64) -> Result<(Segment, bool), JournalError> {
    let path = segment_path(base, index);
    let fail = |source| JournalError::Io { path: path.clone(), source };
    let (file, created) = match File::options().read(true).write(true).open(&path) {
        Ok(file) => (file, false),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let file = File::options().read(true).write(true).create_new(true).open(&path).map_err(fail)?;
            fill_with_zeros(&file, capacity).map_err(fail)?;
            (file, true)
        }
        Err(e) => return Err(fail(e)),
    };
    let len = file.metadata().map_err(fail)?.len();
    let mut head = [0u8; 24];
    let generation = match file.read_exact_at(&mut head, 0) {
        Ok(()) => read_generation(&head),
        Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => 0,
        Err(e) => return Err(fail(e)),
    };
    Ok((Segment { path, file, generation, len }, created))
}

impl Journal {
    /// Opens the journal beside `base` (creating its segments of `capacity` bytes if they are missing) and returns
    /// the frames of generations after `checkpointed`, oldest first. It appends nothing before [`Self::rotate`].
    pub(crate) fn open(
        base: &Path,
        capacity: u64,
        checkpointed: u64,
    ) -> Result<(Self, Vec<Frame>), JournalError> {
        if capacity <= HEADER_LEN + FRAME_HEAD as u64 {
            return Err(JournalError::TooLarge { len: HEADER_LEN + FRAME_HEAD as u64, capacity });
        }
        let (first, created_first) = open_segment(base, 0, capacity)?;
        let (second, created_second) = open_segment(base, 1, capacity)?;
        if created_first || created_second {
            // The new files' directory entries must be durable before anything in them is relied on.
            let dir = base.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|source| JournalError::Io { path: dir.to_path_buf(), source })?;
        }
        let segments = [first, second];
        let mut order: Vec<usize> = (0..2).filter(|&i| segments[i].generation > checkpointed).collect();
        order.sort_by_key(|&i| segments[i].generation);
        let mut frames = Vec::new();
        for &i in &order {
            frames.extend(Self::scan(&segments[i])?);
        }
        let active = usize::from(segments[1].generation > segments[0].generation);
        let journal = Self { segments, active, offset: capacity, capacity, checkpointed, failed: false };
        Ok((journal, frames))
    }

    /// The valid frames of `segment`, in order.
    fn scan(segment: &Segment) -> Result<Vec<Frame>, JournalError> {
        let mut frames = Vec::new();
        let mut at = HEADER_LEN;
        let mut head = [0u8; FRAME_HEAD];
        while at + FRAME_HEAD as u64 <= segment.len {
            segment.file.read_exact_at(&mut head, at).map_err(|e| segment.io(e))?;
            let len = u64::from(u32::from_le_bytes(head[..4].try_into().unwrap_or_default()));
            let generation = u64::from_le_bytes(head[4..12].try_into().unwrap_or_default());
            let crc = u32::from_le_bytes(head[12..].try_into().unwrap_or_default());
            let end = at + FRAME_HEAD as u64 + len;
            if generation != segment.generation || len == 0 || end > segment.len {
                break;
            }
            let mut payload = vec![0u8; len as usize];
            segment.file.read_exact_at(&mut payload, at + FRAME_HEAD as u64).map_err(|e| segment.io(e))?;
            if frame_crc(&head, &payload) != crc {
                break;
            }
            frames.push((generation, payload));
            at = end;
        }
        Ok(frames)
    }

    /// The generation appends go to.
    pub(crate) fn generation(&self) -> u64 {
        self.segments[self.active].generation.max(self.checkpointed)
    }

    /// Records that every frame up to `generation` is in redb.
    pub(crate) fn checkpointed(&mut self, generation: u64) {
        self.checkpointed = self.checkpointed.max(generation);
    }

    /// Whether the active segment is at least half written: time for a checkpoint that frees the other one.
    pub(crate) fn half_full(&self) -> bool {
        self.offset.saturating_sub(HEADER_LEN) * 2 >= self.capacity - HEADER_LEN
    }

    /// Whether a new generation can start now: the other segment holds nothing redb lacks.
    pub(crate) fn can_rotate(&self) -> bool {
        self.segments[1 - self.active].generation <= self.checkpointed
    }

    /// Starts a new generation in the other segment; refused while that segment holds frames not in redb.
    pub(crate) fn rotate(&mut self) -> Result<(), JournalError> {
        if self.failed {
            return Err(JournalError::Failed);
        }
        if !self.can_rotate() {
            return Err(JournalError::NotCheckpointed);
        }
        let next = 1 - self.active;
        let generation =
            self.segments.iter().map(|s| s.generation).max().unwrap_or(0).max(self.checkpointed) + 1;
        let capacity = self.capacity;
        let segment = &mut self.segments[next];
        if segment.len != capacity {
            fill_with_zeros(&segment.file, capacity).map_err(|e| segment.io(e))?;
            segment.len = capacity;
        }
        // Synced with the first frame appended after it: a header alone promises nothing.
        segment.file.write_all_at(&header(generation), 0).map_err(|e| segment.io(e))?;
        segment.generation = generation;
        self.active = next;
        self.offset = HEADER_LEN;
        Ok(())
    }

    /// Appends one frame and syncs it: when this returns `Ok`, the frame survives a crash.
    pub(crate) fn append(&mut self, payload: &[u8]) -> Result<(), JournalError> {
        if self.failed {
            return Err(JournalError::Failed);
        }
        let len = (FRAME_HEAD + payload.len()) as u64;
        if len > self.capacity - HEADER_LEN || payload.is_empty() || payload.len() > u32::MAX as usize {
            return Err(JournalError::TooLarge { len, capacity: self.capacity });
        }
        if self.offset + len > self.capacity {
            return Err(JournalError::Full);
        }
        let segment = &self.segments[self.active];
        let mut frame = Vec::with_capacity(len as usize);
        frame.extend_from_slice(&(payload.len() as u32).to_le_bytes());
        frame.extend_from_slice(&segment.generation.to_le_bytes());
        let crc = frame_crc(&frame, payload);
        frame.extend_from_slice(&crc.to_le_bytes());
        frame.extend_from_slice(payload);
        let written = segment.file.write_all_at(&frame, self.offset).and_then(|()| segment.file.sync_data());
        if let Err(e) = written {
            // After a failed sync the kernel may have dropped the dirty pages and report success next time: the
            // only safe answer is to stop writing (PostgreSQL's lesson).
            self.failed = true;
            return Err(segment.io(e));
        }
        self.offset += len;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAPACITY: u64 = HEADER_LEN + 256;

    fn open(dir: &tempfile::TempDir, checkpointed: u64) -> (Journal, Vec<Frame>) {
        Journal::open(&dir.path().join("node.redb"), CAPACITY, checkpointed).expect("opens")
    }

    fn payloads(frames: &[Frame]) -> Vec<Vec<u8>> {
        frames.iter().map(|(_, p)| p.clone()).collect()
    }

    #[test]
    fn appended_frames_come_back_in_order_after_reopening() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut journal, frames) = open(&dir, 0);
        assert!(frames.is_empty());
        assert!(journal.append(b"early").is_err(), "nothing is appended before a generation starts");
        journal.rotate().expect("starts generation 1");
        journal.append(b"one").expect("appends");
        journal.append(b"two").expect("appends");
        drop(journal);
        let (_, frames) = open(&dir, 0);
        assert_eq!(frames, vec![(1, b"one".to_vec()), (1, b"two".to_vec())]);
        let (_, frames) = open(&dir, 1);
        assert!(frames.is_empty(), "a checkpointed generation is not replayed");
    }

    #[test]
    fn a_torn_last_frame_ends_the_replay_and_the_frames_before_it_survive() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut journal, _) = open(&dir, 0);
        journal.rotate().expect("rotates");
        journal.append(b"kept").expect("appends");
        let torn_at = journal.offset;
        journal.append(b"torn in the crash").expect("appends");
        let path = journal.segments[journal.active].path.clone();
        drop(journal);
        // The crash tore the second frame's payload: its CRC no longer matches.
        let file = File::options().write(true).open(path).expect("opens");
        file.write_all_at(b"X", torn_at + FRAME_HEAD as u64 + 3).expect("tears");
        let (_, frames) = open(&dir, 0);
        assert_eq!(payloads(&frames), vec![b"kept".to_vec()]);
    }

    #[test]
    fn generations_alternate_segments_and_replay_oldest_first() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut journal, _) = open(&dir, 0);
        journal.rotate().expect("generation 1");
        journal.append(b"g1 a").expect("appends");
        journal.append(b"g1 b").expect("appends");
        journal.append(b"g1 c").expect("appends");
        // The other segment was never started: generation 2 may start there before generation 1 is in redb.
        journal.rotate().expect("generation 2");
        journal.append(b"g2").expect("appends");
        assert!(
            matches!(journal.rotate(), Err(JournalError::NotCheckpointed)),
            "generation 1 is not in redb"
        );
        journal.checkpointed(1);
        journal.rotate().expect("generation 3 reuses the first segment");
        journal.append(b"g3").expect("appends");
        drop(journal);
        // Generation 1's later frames ("g1 b", "g1 c") still lie in the reused segment after "g3": not replayed.
        let (_, frames) = open(&dir, 1);
        assert_eq!(frames, vec![(2, b"g2".to_vec()), (3, b"g3".to_vec())]);
        let (mut journal, frames) = open(&dir, 2);
        assert_eq!(frames, vec![(3, b"g3".to_vec())]);
        journal.checkpointed(3);
        journal.rotate().expect("rotates");
        assert_eq!(journal.generation(), 4, "generations are never reused");
    }

    #[test]
    fn a_full_segment_asks_for_a_new_generation_and_an_oversized_frame_is_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let (mut journal, _) = open(&dir, 0);
        journal.rotate().expect("rotates");
        let frame = vec![7u8; 100];
        journal.append(&frame).expect("fits");
        journal.append(&frame).expect("fits");
        assert!(matches!(journal.append(&frame), Err(JournalError::Full)));
        assert!(matches!(journal.append(&[1u8; 300]), Err(JournalError::TooLarge { .. })));
        journal.rotate().expect("the other segment is empty");
        journal.append(&frame).expect("fits in the new generation");
        drop(journal);
        assert_eq!(open(&dir, 0).1.len(), 3);
    }

    #[test]
    fn a_damaged_header_reads_as_a_segment_never_started() {
        let mut head = header(5);
        assert_eq!(read_generation(&head), 5);
        head[13] ^= 1;
        assert_eq!(read_generation(&head), 0);
        assert_eq!(read_generation(&[0u8; 24]), 0);
    }
}
