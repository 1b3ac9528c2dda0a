/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The file an annotation store lives in, on disk: read with a size cap, moved aside (never
 * overwritten, never deleted) when it cannot be read, and written atomically — temporary file,
 * fsync, rename — shortly after each change and on flush, one write at a time, a newer state never
 * replaced by an older one. It knows bytes, not annotations: the store gives it a snapshot function.
 * Owned by the BriefingAnnotationStore; private to it. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_ANNOTATION_FILE (briefing_annotation_file_get_type ())

G_DECLARE_FINAL_TYPE (BriefingAnnotationFile, briefing_annotation_file, BRIEFING, ANNOTATION_FILE, GObject)

/* The bytes to save, made on the main thread when a save starts; NULL with @error when there is
 * nothing that may be written. */
typedef char *(*BriefingAnnotationSnapshotFunc) (gpointer   user_data,
                                                 gsize     *length,
                                                 GError   **error);

BriefingAnnotationFile *briefing_annotation_file_new               (const char              *path);
const char             *briefing_annotation_file_get_path          (BriefingAnnotationFile  *self);
/* @func NULL stops saving (the store is going). */
void                    briefing_annotation_file_set_snapshot_func (BriefingAnnotationFile  *self,
                                                                    BriefingAnnotationSnapshotFunc func,
                                                                    gpointer                 user_data);

/* Reads the whole file: TRUE with *@data NULL when there is none. */
gboolean                briefing_annotation_file_read              (BriefingAnnotationFile  *self,
                                                                    char                   **data,
                                                                    gsize                   *length,
                                                                    GError                 **error);
/* Moves the file that could not be read (@reason) aside and returns the message for the user.
 * When it cannot be moved, the file becomes read-only: nothing is written over it. */
char                   *briefing_annotation_file_set_aside         (BriefingAnnotationFile  *self,
                                                                    const GError            *reason);
/* What is on disk is what the store holds (after a load). */
void                    briefing_annotation_file_mark_clean        (BriefingAnnotationFile  *self);

/* Something changed: save within the delay of the first unsaved change. */
void                    briefing_annotation_file_changed           (BriefingAnnotationFile  *self);
gboolean                briefing_annotation_file_flush             (BriefingAnnotationFile  *self,
                                                                    GError                 **error);
/* "dirty", "save-delay", and "save-error": why the last save failed, NULL once one succeeds. */
gboolean                briefing_annotation_file_get_dirty         (BriefingAnnotationFile  *self);
guint                   briefing_annotation_file_get_save_delay    (BriefingAnnotationFile  *self);
void                    briefing_annotation_file_set_save_delay    (BriefingAnnotationFile  *self,
                                                                    guint                    delay_ms);
const char             *briefing_annotation_file_get_save_error    (BriefingAnnotationFile  *self);

G_END_DECLS
