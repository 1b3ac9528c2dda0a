/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The words people read for the format's closed vocabularies and for dates: translated, shared by
 * the window and the briefing exports. */
#pragma once

#include "briefing-date.h"
#include "briefing-enums.h"

G_BEGIN_DECLS

const char *briefing_event_kind_label     (BriefingEventKind      kind);
/* Plural, for lanes and legends: "Talks", "Exchanges". */
const char *briefing_event_kind_plural    (BriefingEventKind      kind);
const char *briefing_outcome_status_label (BriefingOutcomeStatus  status);
const char *briefing_stance_label         (BriefingStance         stance);
const char *briefing_party_role_label     (BriefingPartyRole      role);
const char *briefing_change_label         (BriefingChange         change);
const char *briefing_standing_label       (BriefingStanding       standing);
/* "A – completely reliable" … ; NULL for NONE. */
const char *briefing_source_grade_label   (BriefingSourceGrade    grade);
/* Known categories translated ("ceasefire" → "Ceasefire"); others with a capital first letter. */
char       *briefing_category_label       (const char            *category);

/* g_date_time_format() with month and weekday names translated by Briefing rather than by the C
 * library: %B and %b as names stand in a date, %OB and %Ob on their own, %A and %a. */
char       *briefing_format_date_time     (GDateTime             *date_time,
                                           const char            *format);
/* A date as people write it, at its own precision: "2 June 2025", "June 2025", "2025", or with the
 * time "2 June 2025, 10:30". Month names and order follow the locale. */
char       *briefing_date_format          (const BriefingDate    *date);
/* "23–25 May 2025", "16 May – 2 June 2025", or a single date when @end is NULL. */
char       *briefing_date_format_range    (const BriefingDate    *start,
                                           const BriefingDate    *end);
/* "1 h 30 min", "40 min", "3 days". */
char       *briefing_duration_format      (gint64                 seconds);

G_END_DECLS
