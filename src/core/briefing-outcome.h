/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What came of an event (an exchange agreed, a ceasefire refused), with its status and sources. */
#pragma once

#include "briefing-citation.h"
#include "briefing-dispute.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_OUTCOME (briefing_outcome_get_type ())

G_DECLARE_FINAL_TYPE (BriefingOutcome, briefing_outcome, BRIEFING, OUTCOME, GObject)

BriefingOutcome       *briefing_outcome_new           (const char            *text,
                                                       BriefingOutcomeStatus  status);
const char            *briefing_outcome_get_text      (BriefingOutcome       *self);
void                   briefing_outcome_set_text      (BriefingOutcome       *self,
                                                       const char            *text);
BriefingOutcomeStatus  briefing_outcome_get_status    (BriefingOutcome       *self);
void                   briefing_outcome_set_status    (BriefingOutcome       *self,
                                                       BriefingOutcomeStatus  status);
/* (element-type BriefingCitation) (transfer none) */
GPtrArray             *briefing_outcome_get_citations (BriefingOutcome       *self);
void                   briefing_outcome_add_citation  (BriefingOutcome       *self,
                                                       BriefingCitation      *citation);
BriefingDispute       *briefing_outcome_get_disputed  (BriefingOutcome       *self);
void                   briefing_outcome_set_disputed  (BriefingOutcome       *self,
                                                       BriefingDispute       *disputed);
gboolean               briefing_outcome_equal         (BriefingOutcome       *a,
                                                       BriefingOutcome       *b);

G_END_DECLS
