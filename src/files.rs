//! Private files: atomic writes (mode 0600 in 0700 directories), an
//! exclusive lock around read-modify-write, and file modes.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// The permission bits of a file, where the system has them.
pub fn file_mode(path: &Path) -> Option<u32> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).ok().map(|m| m.permissions().mode())
    }
    #[cfg(not(unix))]
    {
        let _ = path;
        None
    }
}

/// Reads `path` (what it is, for messages): a regular file of at most `max`
/// bytes. A FIFO, a device or a directory is refused before it is opened (a
/// FIFO would block, `/dev/zero` never ends), so is a larger file. A file
/// that is not there is a usage error (exit 2), as is one that cannot be read.
pub fn read_regular(path: &Path, max: u64, what: &str) -> Result<Vec<u8>> {
    use std::io::Read;
    let shown = path.display();
    let meta =
        fs::metadata(path).map_err(|e| Error::usage(format!("cannot read {what} {shown}: {e}")))?;
    if !meta.is_file() {
        return Err(Error::usage(format!(
            "{what} {shown} is not a regular file (a {}); fer reads only regular files",
            kind_of(&meta)
        )));
    }
    if meta.len() > max {
        return Err(Error::usage(format!(
            "{what} {shown} is larger than {} KiB",
            max >> 10
        )));
    }
    let file = fs::File::open(path)
        .map_err(|e| Error::usage(format!("cannot read {what} {shown}: {e}")))?;
    let mut buf = Vec::with_capacity(meta.len() as usize);
    file.take(max + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::usage(format!("cannot read {what} {shown}: {e}")))?;
    if buf.len() as u64 > max {
        return Err(Error::usage(format!(
            "{what} {shown} is larger than {} KiB",
            max >> 10
        )));
    }
    Ok(buf)
}

/// Whether a private file (a token cache) may be used: mode 0600 in a
/// directory others cannot enter. Looser modes are repaired when the file
/// is this user's; a file of another user is not used (`warn` says so).
pub fn private_or_repaired(path: &Path, warn: &dyn Fn(&str)) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let Ok(meta) = fs::symlink_metadata(path) else {
            return false;
        };
        if !meta.is_file() {
            warn(&format!(
                "{} is not a regular file (a {}); it is not used",
                path.display(),
                kind_of(&meta)
            ));
            return false;
        }
        // SAFETY: geteuid has no preconditions and cannot fail.
        let me = unsafe { libc::geteuid() };
        let loose = meta.mode() & 0o077 != 0;
        let dir = path.parent();
        let dir_loose = dir
            .and_then(|d| fs::metadata(d).ok())
            .is_some_and(|m| m.mode() & 0o077 != 0);
        if !loose && !dir_loose {
            return true;
        }
        if meta.uid() != me {
            warn(&format!(
                "{} is readable by others and not yours; it is not used",
                path.display()
            ));
            return false;
        }
        let _ = fs::set_permissions(path, fs::Permissions::from_mode(0o600));
        if let (Some(d), true) = (dir, dir_loose) {
            let _ = fs::set_permissions(d, fs::Permissions::from_mode(0o700));
        }
        warn(&format!(
            "{} was readable by others: its mode is now 0600 (its directory 0700)",
            path.display()
        ));
        true
    }
    #[cfg(not(unix))]
    {
        let _ = (path, warn);
        true
    }
}

/// As `read_regular`, but a file that is not there is `None`, as a config
/// file that was never written.
pub fn read_if_regular(path: &Path, max: u64, what: &str) -> Result<Option<Vec<u8>>> {
    match fs::metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        _ => read_regular(path, max, what).map(Some),
    }
}

/// "directory", "FIFO", "device"… for messages.
pub fn kind_of(meta: &fs::Metadata) -> &'static str {
    let t = meta.file_type();
    if t.is_dir() {
        return "directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "FIFO";
        }
        if t.is_char_device() || t.is_block_device() {
            return "device";
        }
        if t.is_socket() {
            return "socket";
        }
    }
    "special file"
}

/// An exclusive lock on `path` (a `.lock` file beside it), held until the
/// value is dropped, or the process dies. Several `fer` processes that take
/// it for the same file run their read-modify-writes one after the other.
pub struct Lock {
    file: fs::File,
}

impl Lock {
    pub fn acquire(path: &Path) -> Result<Lock> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        let lock_path = dir.join(name);
        let cannot =
            |e: std::io::Error| Error::failure(format!("cannot lock {}: {e}", lock_path.display()));
        create_private_dir(&dir).map_err(cannot)?;
        let mut options = fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options.open(&lock_path).map_err(cannot)?;
        file.lock().map_err(cannot)?;
        Ok(Lock { file })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.file.unlock();
    }
}

/// Runs `f` while holding the lock on `path` (see `Lock`).
pub fn with_lock<T>(path: &Path, f: impl FnOnce() -> Result<T>) -> Result<T> {
    let _lock = Lock::acquire(path)?;
    f()
}

/// Atomic write of a private file: a reader sees the old content or the new
/// content, never a part; a failure leaves the old file as it was.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    // NamedTempFile is created with mode 0600.
    let mut tmp = tempfile::Builder::new()
        .prefix(".fer-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    // Test hook: die the way a killed process would, between write and
    // rename, when writing the file of that name.
    #[cfg(debug_assertions)]
    if let Some(name) = std::env::var_os("FER_TEST_CRASH_BEFORE_RENAME") {
        if path.file_name() == Some(name.as_os_str()) {
            std::process::abort();
        }
    }
    tmp.persist(path).map_err(|e| e.error)?;
    remove_stale_temporaries(&dir);
    Ok(())
}

/// Writes a private file only when there is none yet (atomically: of two
/// writers, the first one's content stands and the second changes nothing).
pub fn write_private_once(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    create_private_dir(&dir)?;
    let mut tmp = tempfile::Builder::new()
        .prefix(".fer-")
        .suffix(".tmp")
        .tempfile_in(&dir)?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map(|_| ()).map_err(|e| e.error)
}

/// Temporary files that a killed write left behind (they may hold a secret).
/// Only old ones go: a young one may belong to a write under way.
fn remove_stale_temporaries(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let stale = std::time::Duration::from_secs(60);
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if !(name.starts_with(".fer-") && name.ends_with(".tmp")) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > stale);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

pub fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
    }
    #[cfg(not(unix))]
    {
        fs::create_dir_all(dir)
    }
}
