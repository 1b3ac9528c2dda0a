/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Issues (demand categories) by parties as of an event: for each cell, whether the party makes
 * demands on that issue, and how it answered the other parties' demands on it. */
#pragma once

#include "briefing-bundle.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_CONVERGENCE (briefing_convergence_get_type ())

G_DECLARE_FINAL_TYPE (BriefingConvergence, briefing_convergence, BRIEFING, CONVERGENCE, GObject)

/* @at: NULL for after the last event. */
BriefingConvergence *briefing_convergence_new            (BriefingBundle      *bundle,
                                                          BriefingEvent       *at);
/* The same from @positions already taken with briefing_positions_at() (element-type
 * BriefingPosition), for a caller that shows them too: they are worked out once. */
BriefingConvergence *briefing_convergence_new_for_positions (BriefingBundle   *bundle,
                                                             GListModel       *positions);
/* The categories that have demands, in the order they first appear. (transfer none) */
const char * const  *briefing_convergence_get_categories (BriefingConvergence *self);
/* The parties with role "party" or "mediator" that appear in a cell. (element-type BriefingParty) */
GPtrArray           *briefing_convergence_get_parties    (BriefingConvergence *self);
BriefingStanding     briefing_convergence_get_standing   (BriefingConvergence *self,
                                                          const char          *category,
                                                          const char          *party_id);
/* How many demands of the party (for DEMANDS) or answers (otherwise) make up the cell. */
guint                briefing_convergence_get_count      (BriefingConvergence *self,
                                                          const char          *category,
                                                          const char          *party_id);
/* How the party answered the others' demands on @category, whether or not it makes demands there
 * itself (which the standing shows first): ACCEPTS, CONDITIONAL, REJECTS, MIXED or UNKNOWN, and
 * NONE when it gave no answer. */
BriefingStanding     briefing_convergence_get_answers    (BriefingConvergence *self,
                                                          const char          *category,
                                                          const char          *party_id);
/* TRUE when every party with a standing on @category demands or accepts (none rejects). */
gboolean             briefing_convergence_is_agreed      (BriefingConvergence *self,
                                                          const char          *category);

G_END_DECLS
