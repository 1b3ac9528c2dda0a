/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One fact the extractor proposes, with the words of the article it rests on. A plain boxed
 * struct; which members are set depends on the kind (see each member). */
#pragma once

#include "briefing-date.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_CANDIDATE_PARTY,    /*< nick=party >*/
  BRIEFING_CANDIDATE_PERSON,   /*< nick=person >*/
  BRIEFING_CANDIDATE_EVENT,    /*< nick=event >*/
  BRIEFING_CANDIDATE_OUTCOME,  /*< nick=outcome >*/
  BRIEFING_CANDIDATE_DEMAND,   /*< nick=demand >*/
  BRIEFING_CANDIDATE_RESPONSE, /*< nick=response >*/
  BRIEFING_CANDIDATE_DATE,     /*< nick=date >*/
  BRIEFING_CANDIDATE_FIGURE,   /*< nick=figure >*/
} BriefingCandidateKind;

#define BRIEFING_TYPE_CANDIDATE (briefing_candidate_get_type ())

typedef struct
{
  BriefingCandidateKind  kind;

  /* party: the party's id (an existing one when @existing); event, demand: the id it gets. */
  char                  *id;
  /* party, person: the name */
  char                  *name;
  /* event: its title; person: their office */
  char                  *title;
  /* outcome, demand: the proposed wording; figure: the number with its unit as written */
  char                  *text;
  /* person, demand, response, outcome: the party id it belongs to (outcome: who said it; may be NULL) */
  char                  *party;
  /* outcome, demand: the event id; response: the demand id */
  char                  *ref;
  /* response: the event id */
  char                  *event;
  /* demand: its category; person: "delegation-head" when they led a delegation */
  char                  *category;
  /* event: where it took place (nullable) */
  char                  *place;
  /* event: the start; date: the date found. Its precision is the date's. */
  BriefingDate           date;
  /* figure: the number (the lower one of a range) */
  double                 value;
  /* figure: what is counted ("people", "days", "age") */
  char                  *unit;

  BriefingPartyRole      role;        /* party */
  BriefingEventKind      event_kind;  /* event */
  BriefingOutcomeStatus  status;      /* outcome */
  BriefingStance         stance;      /* response */

  /* The bundle passed to the extraction already has this party, event or demand (by @id). */
  gboolean               existing;
  /* 0..1: how sure the rules are. */
  double                 confidence;

  /* The quote: @exact is the article text between @start and @end (bytes); @prefix and @suffix are
   * up to 32 characters around it, as a TextQuoteSelector; @char_start/@char_end count code points,
   * as a TextPositionSelector. */
  char                  *exact;
  char                  *prefix;
  char                  *suffix;
  gsize                  start;
  gsize                  end;
  gint64                 char_start;
  gint64                 char_end;
} BriefingCandidate;

GType              briefing_candidate_get_type      (void) G_GNUC_CONST;
BriefingCandidate *briefing_candidate_new           (BriefingCandidateKind    kind);
BriefingCandidate *briefing_candidate_copy          (const BriefingCandidate *candidate);
void               briefing_candidate_free          (BriefingCandidate       *candidate);
/* Sets the quote to bytes @start..@end of @text, with its context and positions. */
void               briefing_candidate_set_quote     (BriefingCandidate       *candidate,
                                                     const char              *text,
                                                     gsize                    start,
                                                     gsize                    end);
const char        *briefing_candidate_kind_to_nick  (BriefingCandidateKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BriefingCandidate, briefing_candidate_free)

G_END_DECLS
