/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A note that sources disagree about a fact, with a citation for each account. */
#pragma once

#include "briefing-citation.h"

G_BEGIN_DECLS

#define BRIEFING_TYPE_DISPUTE (briefing_dispute_get_type ())

G_DECLARE_FINAL_TYPE (BriefingDispute, briefing_dispute, BRIEFING, DISPUTE, GObject)

BriefingDispute *briefing_dispute_new           (const char       *note);
const char      *briefing_dispute_get_note      (BriefingDispute  *self);
void             briefing_dispute_set_note      (BriefingDispute  *self,
                                                 const char       *note);
/* (element-type BriefingCitation) (transfer none) */
GPtrArray       *briefing_dispute_get_citations (BriefingDispute  *self);
void             briefing_dispute_add_citation  (BriefingDispute  *self,
                                                 BriefingCitation *citation);
gboolean         briefing_dispute_equal         (BriefingDispute  *a,
                                                 BriefingDispute  *b);

G_END_DECLS
