/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a party asks for, when it first said so and said it again, and how the others answered.
 * Owned by its BriefingBundle. */
#pragma once

#include "briefing-citation.h"
#include "briefing-dispute.h"
#include "briefing-response.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DEMAND (briefing_demand_get_type ())

G_DECLARE_FINAL_TYPE (BriefingDemand, briefing_demand, BRIEFING, DEMAND, GObject)

BriefingDemand   *briefing_demand_new             (const char       *id,
                                                   const char       *party_id,
                                                   const char       *text,
                                                   const char       *category);
const char       *briefing_demand_get_id          (BriefingDemand   *self);
const char       *briefing_demand_get_party       (BriefingDemand   *self);
void              briefing_demand_set_party       (BriefingDemand   *self,
                                                   const char       *party_id);
const char       *briefing_demand_get_text        (BriefingDemand   *self);
void              briefing_demand_set_text        (BriefingDemand   *self,
                                                   const char       *text);
const char       *briefing_demand_get_category    (BriefingDemand   *self);
void              briefing_demand_set_category    (BriefingDemand   *self,
                                                   const char       *category);
const char       *briefing_demand_get_first_stated (BriefingDemand  *self);
void              briefing_demand_set_first_stated (BriefingDemand  *self,
                                                   const char       *event_id);
/* Event ids. (transfer none) */
GPtrArray        *briefing_demand_get_reiterated  (BriefingDemand   *self);
void              briefing_demand_add_reiterated  (BriefingDemand   *self,
                                                   const char       *event_id);
const char       *briefing_demand_get_withdrawn   (BriefingDemand   *self);
void              briefing_demand_set_withdrawn   (BriefingDemand   *self,
                                                   const char       *event_id);
/* Admiralty information credibility 1..6; 0 when not graded. */
guint             briefing_demand_get_credibility (BriefingDemand   *self);
void              briefing_demand_set_credibility (BriefingDemand   *self,
                                                   guint             credibility);
/* (element-type BriefingResponse) (transfer none) */
GPtrArray        *briefing_demand_get_responses   (BriefingDemand   *self);
void              briefing_demand_add_response    (BriefingDemand   *self,
                                                   BriefingResponse *response);
/* (element-type BriefingCitation) (transfer none) */
GPtrArray        *briefing_demand_get_citations   (BriefingDemand   *self);
void              briefing_demand_add_citation    (BriefingDemand   *self,
                                                   BriefingCitation *citation);
BriefingDispute  *briefing_demand_get_disputed    (BriefingDemand   *self);
void              briefing_demand_set_disputed    (BriefingDemand   *self,
                                                   BriefingDispute  *disputed);
gboolean          briefing_demand_equal           (BriefingDemand   *a,
                                                   BriefingDemand   *b);

G_END_DECLS
