/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A citation: the article a statement comes from and the words it quotes, as a W3C Web Annotation
 * TextQuoteSelector (exact, prefix, suffix) with an optional TextPositionSelector as a hint.
 * The reader resolves it to the quote's place in the article text (the anchor). */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BRIEFING_TYPE_CITATION (briefing_citation_get_type ())

G_DECLARE_FINAL_TYPE (BriefingCitation, briefing_citation, BRIEFING, CITATION, GObject)

BriefingCitation *briefing_citation_new              (const char       *source,
                                                      const char       *exact);
const char       *briefing_citation_get_source       (BriefingCitation *self);
void              briefing_citation_set_source       (BriefingCitation *self,
                                                      const char       *source);
const char       *briefing_citation_get_exact        (BriefingCitation *self);
void              briefing_citation_set_exact        (BriefingCitation *self,
                                                      const char       *exact);
const char       *briefing_citation_get_prefix       (BriefingCitation *self);
void              briefing_citation_set_prefix       (BriefingCitation *self,
                                                      const char       *prefix);
const char       *briefing_citation_get_suffix       (BriefingCitation *self);
void              briefing_citation_set_suffix       (BriefingCitation *self,
                                                      const char       *suffix);
/* The TextPositionSelector as written in the bundle, in code points; FALSE when there is none. */
gboolean          briefing_citation_get_position     (BriefingCitation *self,
                                                      gint64           *start,
                                                      gint64           *end);
void              briefing_citation_set_position     (BriefingCitation *self,
                                                      gint64            start,
                                                      gint64            end);
void              briefing_citation_clear_position   (BriefingCitation *self);
/* Where the quote was found in the article text, in bytes; FALSE when not resolved. */
gboolean          briefing_citation_get_anchor       (BriefingCitation *self,
                                                      gsize            *start,
                                                      gsize            *end);
void              briefing_citation_set_anchor       (BriefingCitation *self,
                                                      gsize             start,
                                                      gsize             end);
gboolean          briefing_citation_equal            (BriefingCitation *a,
                                                      BriefingCitation *b);
gboolean          briefing_citation_list_equal       (GPtrArray        *a,
                                                      GPtrArray        *b);

G_END_DECLS
