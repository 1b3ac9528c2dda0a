/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Proposing facts for a bundle from one article's text: parties, people, events with their
 * outcomes, demands, responses, dates and figures, each with the exact words it rests on. Nothing
 * is added to a bundle until the user accepts candidates and briefing_extraction_apply() runs. */
#pragma once

#include <json-glib/json-glib.h>

#include "briefing-article.h"
#include "briefing-bundle.h"
#include "briefing-document.h"
#include "briefing-extract-candidate.h"
#include "briefing-extract-rules.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EXTRACTION (briefing_extraction_get_type ())

G_DECLARE_FINAL_TYPE (BriefingExtraction, briefing_extraction, BRIEFING, EXTRACTION, GObject)

/* Reads @article's text with @rules. When @bundle_or_null is given, parties, events and demands it
 * already has are matched (the candidate is marked existing and keeps the bundle's id) instead of
 * proposed again, and new ids never collide with its ids. Deterministic: the same input gives the
 * same candidates in the same order. Fails only on an article without text. (transfer full) */
BriefingExtraction *briefing_extract                       (BriefingArticle      *article,
                                                            BriefingBundle       *bundle_or_null,
                                                            BriefingExtractRules *rules,
                                                            GError              **error);

/* An extraction that proposes nothing, for an article in a language without rules: applying it
 * adds the article alone. (transfer full) */
BriefingExtraction *briefing_extraction_new_empty          (BriefingArticle      *article);

BriefingArticle    *briefing_extraction_get_article        (BriefingExtraction   *self);
guint               briefing_extraction_get_n_candidates   (BriefingExtraction   *self);
/* (transfer none) */
const BriefingCandidate *briefing_extraction_get_candidate (BriefingExtraction   *self,
                                                            guint                 index);

/* Puts @candidate (copied) in the place of candidate @index, for the user's corrections before the
 * candidates are applied: a title, a wording, a party, a status, a date. Its kind must stay. */
void                briefing_extraction_set_candidate      (BriefingExtraction      *self,
                                                            guint                    index,
                                                            const BriefingCandidate *candidate);

/* Adds the accepted candidates to @bundle: parties (with their people as representatives), events
 * (participants, mediators, host, delegation heads, outcomes, each with its citation), demands with
 * their citations and responses; the article itself when the bundle does not have it yet. Dates and
 * figures are there for the reader to check and add nothing. @accepted_or_null holds candidate
 * indices (guint); NULL accepts all. Every reference is checked before anything changes: an outcome
 * whose event is neither accepted nor in the bundle fails with BRIEFING_EXTRACT_ERROR_INVALID_CHOICE
 * and leaves @bundle as it was. */
gboolean            briefing_extraction_apply              (BriefingExtraction   *self,
                                                            BriefingBundle       *bundle,
                                                            GArray               *accepted_or_null,
                                                            GError              **error);

/* As briefing_extraction_apply(), through @document: the article and every item added or changed
 * is one undo step, "Import Article". Every item is checked before the first change; on failure
 * nothing changes. */
gboolean            briefing_extraction_apply_to_document  (BriefingExtraction   *self,
                                                            BriefingDocument     *document,
                                                            GArray               *accepted_or_null,
                                                            GError              **error);

/* The candidates as JSON, for `briefing import` and for checking by eye. (transfer full) */
JsonNode           *briefing_extraction_to_json            (BriefingExtraction   *self);

G_END_DECLS
