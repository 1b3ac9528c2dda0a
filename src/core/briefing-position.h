/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Where one demand stands as of an event: whether it is new, said again, answered or dropped
 * there, and each other party's latest answer up to then. Made by briefing_positions_at(). */
#pragma once

#include "briefing-bundle.h"
#include "briefing-demand.h"
#include "briefing-enums.h"
#include "briefing-response.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_POSITION (briefing_position_get_type ())

G_DECLARE_FINAL_TYPE (BriefingPosition, briefing_position, BRIEFING, POSITION, GObject)

BriefingDemand   *briefing_position_get_demand    (BriefingPosition *self);
BriefingChange    briefing_position_get_change    (BriefingPosition *self);
/* The latest response of each other party up to the event, in the bundle's party order.
 * (element-type BriefingResponse) (transfer none) */
GPtrArray        *briefing_position_get_responses (BriefingPosition *self);
/* The latest response of @party_id, or NULL. (transfer none) */
BriefingResponse *briefing_position_get_response  (BriefingPosition *self,
                                                   const char       *party_id);
/* TRUE when sources disagree about the demand or one of the responses shown. */
gboolean          briefing_position_is_disputed   (BriefingPosition *self);

/* The demands as of @at (NULL: after the last event), in the bundle's order: those first stated
 * at or before @at and not withdrawn before it. Events are ordered by briefing_event_compare().
 * (element-type BriefingPosition) (transfer full) */
GListModel       *briefing_positions_at           (BriefingBundle   *bundle,
                                                   BriefingEvent    *at);

/* The bundle's events in time order. (element-type BriefingEvent) (transfer container) */
GPtrArray        *briefing_bundle_dup_events_in_order (BriefingBundle *bundle);

G_END_DECLS
