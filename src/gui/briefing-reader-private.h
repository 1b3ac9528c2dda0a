/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the reader's annotation layer (briefing-reader-annotations.c) needs of the reader. */
#pragma once

#include "briefing-annotation.h"
#include "briefing-reader.h"

G_BEGIN_DECLS

GtkTextView     *briefing_reader_get_text_view (BriefingReader    *self);
/* The character offset in the buffer where the article text starts. */
int              briefing_reader_get_body_start (BriefingReader   *self);
/* The buffer iter at byte @offset of the article text. FALSE without an article. */
gboolean         briefing_reader_iter_at_byte  (BriefingReader    *self,
                                                gsize              offset,
                                                GtkTextIter       *iter);
/* The byte of the article text at @iter; FALSE when @iter is in the headline or byline. */
gboolean         briefing_reader_byte_at_iter  (BriefingReader    *self,
                                                const GtkTextIter *iter,
                                                gsize             *offset);

/* The annotation layer: one text tag per colour and one for notes, applied to the article's
 * anchored annotations; redone when the article or the annotations change. */
void             briefing_reader_highlights_init    (BriefingReader *self,
                                                     GtkTextTagTable *table);
void             briefing_reader_highlights_update  (BriefingReader *self,
                                                     GListModel     *annotations);
void             briefing_reader_highlights_restyle (BriefingReader *self,
                                                     gboolean        dark);
/* The annotation whose words are at @iter, for tooltips. (transfer none) */
BriefingAnnotation *briefing_reader_highlights_at   (BriefingReader    *self,
                                                     GListModel        *annotations,
                                                     const GtkTextIter *iter);

G_END_DECLS
