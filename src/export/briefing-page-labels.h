/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every word the paged briefing (PDF and print) adds to what the composition holds: section
 * titles, column headers, captions, lines for empty sections, running heads. Kept in one place so
 * that the language of a briefing can be chosen apart from the window's. The words of the
 * format's vocabularies (stances, changes, kinds) and dates come from briefing-labels.h, and
 * section titles and the lines of empty sections from briefing-composition.h, as every format
 * shares them. */
#pragma once

#include <glib.h>

#include "briefing-composition.h"

G_BEGIN_DECLS

typedef enum
{
  BRIEFING_PAGE_LABEL_KICKER,            /* "Briefing", above the cover's title */
  BRIEFING_PAGE_LABEL_PARTIES,
  BRIEFING_PAGE_LABEL_CONTENTS,
  BRIEFING_PAGE_LABEL_SUMMARY,
  BRIEFING_PAGE_LABEL_TIMELINE_KEY,
  BRIEFING_PAGE_LABEL_BRIEFING_DATE,
  BRIEFING_PAGE_LABEL_NO_DEMANDS,
  BRIEFING_PAGE_LABEL_DEMAND,
  BRIEFING_PAGE_LABEL_CATEGORY,
  BRIEFING_PAGE_LABEL_CHANGE,
  BRIEFING_PAGE_LABEL_RESPONSES,
  BRIEFING_PAGE_LABEL_NO_RESPONSE,
  BRIEFING_PAGE_LABEL_NEW_RESPONSE,
  BRIEFING_PAGE_LABEL_CONVERGENCE,
  BRIEFING_PAGE_LABEL_CONVERGENCE_KEY,
  BRIEFING_PAGE_LABEL_ISSUE,
  BRIEFING_PAGE_LABEL_AGREED,
  BRIEFING_PAGE_LABEL_QUESTION,
  BRIEFING_PAGE_LABEL_OWNER,
  BRIEFING_PAGE_LABEL_DEADLINE,
  BRIEFING_PAGE_LABEL_OVERDUE,
  BRIEFING_PAGE_LABEL_NONE,              /* an empty cell: "—" */
  BRIEFING_PAGE_LABEL_LIST_SEPARATOR,    /* ", " */
  BRIEFING_PAGE_N_LABELS
} BriefingPageLabel;

/* Which step a timeline's axis counts in; each has its own date format. */
typedef enum
{
  BRIEFING_PAGE_TICK_DAY,
  BRIEFING_PAGE_TICK_DAY_WITH_YEAR,
  BRIEFING_PAGE_TICK_MONTH,
  BRIEFING_PAGE_TICK_MONTH_WITH_YEAR,
  BRIEFING_PAGE_TICK_YEAR,
} BriefingPageTick;

const char *briefing_page_label              (BriefingPageLabel   label);
/* A g_date_time_format() format for the ticks of a timeline's axis. */
const char *briefing_page_tick_format        (BriefingPageTick    tick);
/* Whether the briefing's language is written right to left (Arabic): its pages then mirror. */
gboolean    briefing_page_is_right_to_left   (void);

char       *briefing_page_format_page_of     (guint               page,
                                              guint               n_pages);
char       *briefing_page_format_briefing_of (const char         *date);
char       *briefing_page_format_period      (const char         *range);
char       *briefing_page_format_prepared_by (const char         *who);
char       *briefing_page_format_as_of       (const char         *event,
                                              const char         *date);
char       *briefing_page_format_disputed    (const char         *note);
char       *briefing_page_format_participants (const char        *parties);
char       *briefing_page_format_mediators   (const char         *parties);
char       *briefing_page_format_round       (guint               round);
char       *briefing_page_format_about       (const char         *about);
char       *briefing_page_format_attribution (const char         *about);
char       *briefing_page_format_response    (const char         *party,
                                              BriefingStance      stance);
char       *briefing_page_format_grade       (const char         *grade);
char       *briefing_page_format_continued   (const char         *what);

G_END_DECLS
