/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The annotations of one bundle, kept by the user outside the bundle: one JSON file per bundle id
 * under $XDG_DATA_HOME/org.briefing.Briefing/annotations/. The store is a GListModel of
 * BriefingAnnotation; every change is saved atomically, shortly after it is made (debounced) and on
 * briefing_annotation_store_flush(). A file that cannot be read is moved aside, never overwritten,
 * and the store says so in "error-message". */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "briefing-annotation.h"
#include "briefing-bundle.h"
#include "briefing-undo-context.h"

G_BEGIN_DECLS

#define BRIEFING_ANNOTATIONS_FORMAT "briefing-annotations"
#define BRIEFING_ANNOTATIONS_VERSION 1

#define BRIEFING_TYPE_ANNOTATION_STORE (briefing_annotation_store_get_type ())

G_DECLARE_FINAL_TYPE (BriefingAnnotationStore, briefing_annotation_store, BRIEFING, ANNOTATION_STORE, GObject)

/* The folder stores live in: $XDG_DATA_HOME/org.briefing.Briefing/annotations. (transfer full) */
char                    *briefing_annotation_store_dup_default_dir (void);

/* A store for @bundle_id in @dir (NULL: the default folder). Nothing is read until _load(). */
BriefingAnnotationStore *briefing_annotation_store_new          (const char              *bundle_id,
                                                                 const char              *dir);
/* Reads the file if there is one. A missing file is an empty store (TRUE). An unreadable or invalid
 * one is renamed to "<name>.corrupt-<time>", the store starts empty, "error-message" explains, and
 * FALSE is returned with @error set. */
gboolean                 briefing_annotation_store_load         (BriefingAnnotationStore *self,
                                                                 GError                 **error);
/* Writes now if there are unsaved changes (atomically: temporary file, fsync, rename). */
gboolean                 briefing_annotation_store_flush        (BriefingAnnotationStore *self,
                                                                 GError                 **error);
const char              *briefing_annotation_store_get_bundle_id (BriefingAnnotationStore *self);
const char              *briefing_annotation_store_get_path     (BriefingAnnotationStore *self);
/* "dirty": changes not yet on disk. */
gboolean                 briefing_annotation_store_get_dirty    (BriefingAnnotationStore *self);
/* "error-message": the last load or save problem, for a banner; NULL when all is well. */
const char              *briefing_annotation_store_get_error_message (BriefingAnnotationStore *self);
/* Milliseconds between a change and its save; 0 saves at once. Default 500. */
void                     briefing_annotation_store_set_save_delay (BriefingAnnotationStore *self,
                                                                   guint                    delay_ms);

/* Changes. Each takes a reference; each emits items-changed and schedules a save. Annotations in
 * the store are not to be edited in place: edit a copy and hand it to _change() or _replace().
 * Adding an id the store already holds is a programmer error. */
void                     briefing_annotation_store_add          (BriefingAnnotationStore *self,
                                                                 BriefingAnnotation      *annotation);
gboolean                 briefing_annotation_store_remove       (BriefingAnnotationStore *self,
                                                                 const char              *id);
/* Replaces the annotation with @annotation's id by @annotation (items-changed at its place). */
gboolean                 briefing_annotation_store_replace      (BriefingAnnotationStore *self,
                                                                 BriefingAnnotation      *annotation);
/* (transfer none) (nullable) */
BriefingAnnotation      *briefing_annotation_store_lookup       (BriefingAnnotationStore *self,
                                                                 const char              *id);

/* A change the user can undo: @before NULL adds @after; @after NULL removes the annotation with
 * @before's id; both replace it. The store is the BriefingUndoHandler of the record it pushes on
 * @undo (nullable), under @label ("Add Highlight"). Copies are kept, not the objects given. */
void                     briefing_annotation_store_change       (BriefingAnnotationStore *self,
                                                                 BriefingUndoContext     *undo,
                                                                 BriefingAnnotation      *before,
                                                                 BriefingAnnotation      *after,
                                                                 const char              *label);

/* The meaning of a colour label for this bundle ("Key demand"…); defaults are translated. */
const char              *briefing_annotation_store_get_label    (BriefingAnnotationStore *self,
                                                                 const char              *color);
void                     briefing_annotation_store_set_label    (BriefingAnnotationStore *self,
                                                                 const char              *color,
                                                                 const char              *meaning);

/* Finds every article annotation's quote in @bundle's article text again (by quote, with the
 * position as a hint) and sets its anchor or marks it detached. Returns how many are detached.
 * Nothing saved changes: detached annotations are kept as they are. The store keeps @bundle and
 * anchors annotations added later in it too. */
guint                    briefing_annotation_store_anchor       (BriefingAnnotationStore *self,
                                                                 BriefingBundle          *bundle);

/* W3C Web Annotation exchange: an AnnotationCollection with one AnnotationPage. */
JsonNode                *briefing_annotation_store_to_w3c       (BriefingAnnotationStore *self,
                                                                 BriefingBundle          *bundle);
/* Merges the annotations of a W3C collection (or a single annotation, or an array of them) by id:
 * new ids are added, known ids replaced when the incoming one is newer. Returns the number added
 * and updated; FALSE with @error naming the place of the first problem when the input is invalid
 * (nothing is merged then). */
gboolean                 briefing_annotation_store_merge_w3c    (BriefingAnnotationStore *self,
                                                                 JsonNode                *root,
                                                                 guint                   *added,
                                                                 guint                   *updated,
                                                                 GError                 **error);

G_END_DECLS
