/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How another party answered a demand at an event. */
#pragma once

#include "briefing-citation.h"
#include "briefing-dispute.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_RESPONSE (briefing_response_get_type ())

G_DECLARE_FINAL_TYPE (BriefingResponse, briefing_response, BRIEFING, RESPONSE, GObject)

BriefingResponse *briefing_response_new           (const char       *party_id,
                                                   const char       *event_id,
                                                   BriefingStance    stance);
const char       *briefing_response_get_party     (BriefingResponse *self);
void              briefing_response_set_party     (BriefingResponse *self,
                                                   const char       *party_id);
const char       *briefing_response_get_event     (BriefingResponse *self);
void              briefing_response_set_event     (BriefingResponse *self,
                                                   const char       *event_id);
BriefingStance    briefing_response_get_stance    (BriefingResponse *self);
void              briefing_response_set_stance    (BriefingResponse *self,
                                                   BriefingStance    stance);
const char       *briefing_response_get_note      (BriefingResponse *self);
void              briefing_response_set_note      (BriefingResponse *self,
                                                   const char       *note);
/* (element-type BriefingCitation) (transfer none) */
GPtrArray        *briefing_response_get_citations (BriefingResponse *self);
void              briefing_response_add_citation  (BriefingResponse *self,
                                                   BriefingCitation *citation);
BriefingDispute  *briefing_response_get_disputed  (BriefingResponse *self);
void              briefing_response_set_disputed  (BriefingResponse *self,
                                                   BriefingDispute  *disputed);
gboolean          briefing_response_equal         (BriefingResponse *a,
                                                   BriefingResponse *b);

G_END_DECLS
