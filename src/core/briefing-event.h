/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Something that happened or is due in the negotiation: a round of talks, an exchange, a proposal,
 * a statement, a military event, a deadline. Owned by its BriefingBundle. */
#pragma once

#include "briefing-citation.h"
#include "briefing-date.h"
#include "briefing-dispute.h"
#include "briefing-enums.h"
#include "briefing-outcome.h"
#include "briefing-person.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_EVENT (briefing_event_get_type ())

G_DECLARE_FINAL_TYPE (BriefingEvent, briefing_event, BRIEFING, EVENT, GObject)

BriefingEvent      *briefing_event_new                  (const char          *id,
                                                         BriefingEventKind    kind,
                                                         const char          *title,
                                                         const BriefingDate  *start);
const char         *briefing_event_get_id               (BriefingEvent       *self);
BriefingEventKind   briefing_event_get_kind             (BriefingEvent       *self);
void                briefing_event_set_kind             (BriefingEvent       *self,
                                                         BriefingEventKind    kind);
const char         *briefing_event_get_title            (BriefingEvent       *self);
void                briefing_event_set_title            (BriefingEvent       *self,
                                                         const char          *title);
const char         *briefing_event_get_description      (BriefingEvent       *self);
void                briefing_event_set_description      (BriefingEvent       *self,
                                                         const char          *description);
/* The start as written; see briefing_event_get_display_start() for the date at its precision. */
const BriefingDate *briefing_event_get_start            (BriefingEvent       *self);
void                briefing_event_set_start            (BriefingEvent       *self,
                                                         const BriefingDate  *start);
/* NULL when the event has no end date. */
const BriefingDate *briefing_event_get_end              (BriefingEvent       *self);
void                briefing_event_set_end              (BriefingEvent       *self,
                                                         const BriefingDate  *end);
/* Seconds; -1 when not stated. */
gint64              briefing_event_get_duration         (BriefingEvent       *self);
void                briefing_event_set_duration         (BriefingEvent       *self,
                                                         gint64               seconds);
/* The precision the bundle states, or the start's own when it states none. */
BriefingDatePrecision briefing_event_get_precision      (BriefingEvent       *self);
gboolean            briefing_event_has_explicit_precision (BriefingEvent     *self);
void                briefing_event_set_precision        (BriefingEvent       *self,
                                                         BriefingDatePrecision precision);
void                briefing_event_unset_precision      (BriefingEvent       *self);
BriefingDate        briefing_event_get_display_start    (BriefingEvent       *self);
/* Round number of a talks event; 0 when not numbered. */
guint               briefing_event_get_round            (BriefingEvent       *self);
void                briefing_event_set_round            (BriefingEvent       *self,
                                                         guint                round);
const char         *briefing_event_get_location         (BriefingEvent       *self);
void                briefing_event_set_location         (BriefingEvent       *self,
                                                         const char          *location);
const char         *briefing_event_get_host             (BriefingEvent       *self);
void                briefing_event_set_host             (BriefingEvent       *self,
                                                         const char          *party_id);
/* Party ids. (transfer none) */
GPtrArray          *briefing_event_get_participants     (BriefingEvent       *self);
void                briefing_event_add_participant      (BriefingEvent       *self,
                                                         const char          *party_id);
GPtrArray          *briefing_event_get_mediators        (BriefingEvent       *self);
void                briefing_event_add_mediator         (BriefingEvent       *self,
                                                         const char          *party_id);
/* (element-type BriefingPerson) (transfer none) */
GPtrArray          *briefing_event_get_delegation_heads (BriefingEvent       *self);
void                briefing_event_add_delegation_head  (BriefingEvent       *self,
                                                         const char          *party_id,
                                                         const char          *name,
                                                         const char          *title);
/* (element-type BriefingOutcome) (transfer none) */
GPtrArray          *briefing_event_get_outcomes         (BriefingEvent       *self);
void                briefing_event_add_outcome          (BriefingEvent       *self,
                                                         BriefingOutcome     *outcome);
/* (element-type BriefingCitation) (transfer none) */
GPtrArray          *briefing_event_get_citations        (BriefingEvent       *self);
void                briefing_event_add_citation         (BriefingEvent       *self,
                                                         BriefingCitation    *citation);
BriefingDispute    *briefing_event_get_disputed         (BriefingEvent       *self);
void                briefing_event_set_disputed         (BriefingEvent       *self,
                                                         BriefingDispute     *disputed);
gboolean            briefing_event_involves             (BriefingEvent       *self,
                                                         const char          *party_id);
int                 briefing_event_compare              (BriefingEvent       *a,
                                                         BriefingEvent       *b);
gboolean            briefing_event_equal                (BriefingEvent       *a,
                                                         BriefingEvent       *b);

G_END_DECLS
