/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Deep copies of the model's items, and replacing the lists they hold. Items held by a bundle are
 * never changed in place: an edit copies one, changes the copy and puts it in the bundle in the
 * original's stead (see briefing-bundle-edit.h), so every view learns of it by "items-changed". */
#pragma once

#include "briefing-bundle.h"

G_BEGIN_DECLS

/* (transfer full) each; @id, where taken, is the copy's id (NULL keeps the original's). */
BriefingCitation *briefing_citation_copy         (BriefingCitation *citation);
BriefingDispute  *briefing_dispute_copy          (BriefingDispute  *dispute);
BriefingOutcome  *briefing_outcome_copy          (BriefingOutcome  *outcome);
BriefingResponse *briefing_response_copy         (BriefingResponse *response);
BriefingParty    *briefing_party_copy            (BriefingParty    *party,
                                                  const char       *id);
BriefingEvent    *briefing_event_copy            (BriefingEvent    *event,
                                                  const char       *id);
BriefingDemand   *briefing_demand_copy           (BriefingDemand   *demand,
                                                  const char       *id);

/* Replace a list by @items (nullable: empty); the items are referenced, strings copied. */
void              briefing_event_set_participants (BriefingEvent   *event,
                                                   const char * const *party_ids);
void              briefing_event_set_mediators    (BriefingEvent   *event,
                                                   const char * const *party_ids);
void              briefing_event_set_outcomes     (BriefingEvent   *event,
                                                   GPtrArray       *outcomes);
void              briefing_outcome_set_citations  (BriefingOutcome *outcome,
                                                   GPtrArray       *citations);
void              briefing_demand_set_citations   (BriefingDemand  *demand,
                                                   GPtrArray       *citations);
void              briefing_demand_set_responses   (BriefingDemand  *demand,
                                                   GPtrArray       *responses);
void              briefing_response_set_citations (BriefingResponse *response,
                                                   GPtrArray       *citations);

G_END_DECLS
