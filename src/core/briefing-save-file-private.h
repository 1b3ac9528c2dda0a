/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a file so that it is never seen half written. The bytes go to a hidden temporary file
 * beside it (".NAME.XXXXXX.part"), which is flushed to the disk and then renamed over NAME, and the
 * folder is flushed too: a crash at any moment leaves the old file or the new one. On failure the
 * temporary file is removed, the old file is untouched, and the error (G_IO_ERROR, its code from
 * the system's) says why in words a user understands — the folder may not be written, the disk is
 * full, the file is read-only — naming the folder where it is the folder's fault; the caller names
 * the file. A file the user may not write is not replaced, even where its folder would allow it.
 * A symbolic link is followed: the file it points to is replaced, the link stays.
 *
 * Used by everything that saves: bundles, the annotation store, exports. One BriefingSaveFile is
 * one write, used from one thread at a time. */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef struct _BriefingSaveFile BriefingSaveFile;

/* Starts writing @path. @mode is the permission of a new file (before the umask); an existing
 * file keeps its own. NULL with @error when the temporary file cannot be made. */
BriefingSaveFile *briefing_save_file_begin    (const char        *path,
                                               int                mode,
                                               GError           **error);
gboolean          briefing_save_file_write    (BriefingSaveFile  *self,
                                               const void        *data,
                                               gsize              length,
                                               GError           **error);
/* Flushes and renames into place. After it, whatever it returned, only _free() is allowed. */
gboolean          briefing_save_file_commit   (BriefingSaveFile  *self,
                                               GError           **error);
/* Removes the temporary file of a write not committed, and frees. */
void              briefing_save_file_free     (BriefingSaveFile  *self);

/* All of the above for bytes in memory. */
gboolean          briefing_save_file_contents (const char        *path,
                                               const void        *data,
                                               gsize              length,
                                               int                mode,
                                               GError           **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingSaveFile, briefing_save_file_free)

G_END_DECLS
