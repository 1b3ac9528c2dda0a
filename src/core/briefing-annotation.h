/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A user's own mark on a bundle: a highlight of words in an article, a note (on words, an event or a
 * demand), or an open question with an owner and a deadline. Annotations follow the W3C Web
 * Annotation model; text targets keep a TextQuoteSelector and a TextPositionSelector so they can be
 * found again in a newer edition of the article. Owned by a BriefingAnnotationStore. */
#pragma once

#include <glib-object.h>

#include "briefing-date.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

/* The colour labels; their meanings are the store's (briefing_annotation_store_get_label). */
#define BRIEFING_N_COLORS 6
extern const char * const briefing_annotation_colors[BRIEFING_N_COLORS]; /* "yellow", "red", "green", "blue", "purple", "orange" */

#define BRIEFING_TYPE_ANNOTATION (briefing_annotation_get_type ())

G_DECLARE_FINAL_TYPE (BriefingAnnotation, briefing_annotation, BRIEFING, ANNOTATION, GObject)

/* A new annotation with a fresh "urn:uuid:" id and created = modified = now. */
BriefingAnnotation     *briefing_annotation_new             (BriefingAnnotationKind  kind);
BriefingAnnotation     *briefing_annotation_copy            (BriefingAnnotation     *self);
gboolean                briefing_annotation_equal           (BriefingAnnotation     *a,
                                                             BriefingAnnotation     *b);

const char             *briefing_annotation_get_id          (BriefingAnnotation     *self);
void                    briefing_annotation_set_id          (BriefingAnnotation     *self,
                                                             const char             *id);
BriefingAnnotationKind  briefing_annotation_get_kind        (BriefingAnnotation     *self);
void                    briefing_annotation_set_kind        (BriefingAnnotation     *self,
                                                             BriefingAnnotationKind  kind);
const BriefingDate     *briefing_annotation_get_created     (BriefingAnnotation     *self);
void                    briefing_annotation_set_created     (BriefingAnnotation     *self,
                                                             const BriefingDate     *created);
const BriefingDate     *briefing_annotation_get_modified    (BriefingAnnotation     *self);
void                    briefing_annotation_set_modified    (BriefingAnnotation     *self,
                                                             const BriefingDate     *modified);
/* Sets modified to now. */
void                    briefing_annotation_touch           (BriefingAnnotation     *self);

/* The target: the bundle as a whole, an article (with selectors), an event or a demand. */
BriefingTargetKind      briefing_annotation_get_target_kind (BriefingAnnotation     *self);
/* The article, event or demand id; NULL for the bundle. */
const char             *briefing_annotation_get_target_id   (BriefingAnnotation     *self);
void                    briefing_annotation_set_target      (BriefingAnnotation     *self,
                                                             BriefingTargetKind      kind,
                                                             const char             *id);
/* TextQuoteSelector of an article target. */
const char             *briefing_annotation_get_exact       (BriefingAnnotation     *self);
const char             *briefing_annotation_get_prefix      (BriefingAnnotation     *self);
const char             *briefing_annotation_get_suffix      (BriefingAnnotation     *self);
void                    briefing_annotation_set_quote       (BriefingAnnotation     *self,
                                                             const char             *exact,
                                                             const char             *prefix,
                                                             const char             *suffix);
/* TextPositionSelector, in code points; FALSE when there is none. A negative @start removes it. */
gboolean                briefing_annotation_get_position    (BriefingAnnotation     *self,
                                                             gint64                 *start,
                                                             gint64                 *end);
void                    briefing_annotation_set_position    (BriefingAnnotation     *self,
                                                             gint64                  start,
                                                             gint64                  end);
/* Sets quote, prefix and suffix (up to 32 characters each), position and anchor from the byte
 * range @start–@end of an article's @text: what a selection in the reader becomes. */
void                    briefing_annotation_quote_text      (BriefingAnnotation     *self,
                                                             const char             *text,
                                                             gsize                   text_len,
                                                             gsize                   start,
                                                             gsize                   end);
/* Where the quote sits in the article's text now, in bytes; FALSE when detached or not anchored. */
gboolean                briefing_annotation_get_anchor      (BriefingAnnotation     *self,
                                                             gsize                  *start,
                                                             gsize                  *end);
void                    briefing_annotation_set_anchor      (BriefingAnnotation     *self,
                                                             gsize                   start,
                                                             gsize                   end);
/* "detached": an article annotation whose quote is no longer found in the article. */
gboolean                briefing_annotation_get_detached    (BriefingAnnotation     *self);
void                    briefing_annotation_set_detached    (BriefingAnnotation     *self,
                                                             gboolean                detached);

/* One of briefing_annotation_colors, or NULL for none. */
const char             *briefing_annotation_get_color       (BriefingAnnotation     *self);
void                    briefing_annotation_set_color       (BriefingAnnotation     *self,
                                                             const char             *color);
/* The note's text (a W3C TextualBody with purpose "commenting"); NULL for none. */
const char             *briefing_annotation_get_note        (BriefingAnnotation     *self);
void                    briefing_annotation_set_note        (BriefingAnnotation     *self,
                                                             const char             *note);
/* Tags (TextualBody with purpose "tagging"). Never NULL. */
const char * const     *briefing_annotation_get_tags        (BriefingAnnotation     *self);
void                    briefing_annotation_set_tags        (BriefingAnnotation     *self,
                                                             const char * const     *tags);
gboolean                briefing_annotation_has_tag         (BriefingAnnotation     *self,
                                                             const char             *tag);
/* Questions: who is to answer (a party id or a person's name) and by when. */
const char             *briefing_annotation_get_owner       (BriefingAnnotation     *self);
void                    briefing_annotation_set_owner       (BriefingAnnotation     *self,
                                                             const char             *owner);
/* NULL when there is no deadline. */
const BriefingDate     *briefing_annotation_get_deadline    (BriefingAnnotation     *self);
void                    briefing_annotation_set_deadline    (BriefingAnnotation     *self,
                                                             const BriefingDate     *deadline);

G_END_DECLS
