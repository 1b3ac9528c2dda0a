/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-page-labels"

#include "config.h"

#include "briefing-i18n.h"

#include "briefing-page-labels.h"

/* NC_() marks a word with its context for xgettext but keeps only the word, hence the context
 * twice. */
typedef struct
{
  const char *context;
  const char *text;
} Label;

static const Label labels[BRIEFING_PAGE_N_LABELS] = {
  /* Translators: the small word above the title on a briefing's cover */
  [BRIEFING_PAGE_LABEL_KICKER] = { "briefing", NC_("briefing", "Briefing") },
  [BRIEFING_PAGE_LABEL_PARTIES] = { "briefing", NC_("briefing", "Parties") },
  [BRIEFING_PAGE_LABEL_CONTENTS] = { "briefing", NC_("briefing", "Contents") },
  [BRIEFING_PAGE_LABEL_SUMMARY] = { "briefing", NC_("briefing", "Summary") },
  [BRIEFING_PAGE_LABEL_TIMELINE_KEY] = {
    "briefing", NC_("briefing", "Numbers above talks are rounds. Hollow markers and dashed "
                                "spans are after the briefing’s date.") },
  /* Translators: the line across the timeline at the date of the briefing */
  [BRIEFING_PAGE_LABEL_BRIEFING_DATE] = { "briefing", NC_("briefing", "Briefing date") },
  [BRIEFING_PAGE_LABEL_NO_DEMANDS] = { "briefing", NC_("briefing", "No demands recorded.") },
  /* Translators: column headers of a party's demands */
  [BRIEFING_PAGE_LABEL_DEMAND] = { "briefing column", NC_("briefing column", "Demand") },
  [BRIEFING_PAGE_LABEL_CATEGORY] = { "briefing column", NC_("briefing column", "Category") },
  [BRIEFING_PAGE_LABEL_CHANGE] = { "briefing column", NC_("briefing column", "Change") },
  [BRIEFING_PAGE_LABEL_RESPONSES] = { "briefing column", NC_("briefing column", "Responses") },
  [BRIEFING_PAGE_LABEL_NO_RESPONSE] = { "briefing", NC_("briefing", "No response") },
  /* Translators: after a response given at the latest event of the briefing */
  [BRIEFING_PAGE_LABEL_NEW_RESPONSE] = { "briefing", NC_("briefing", "(new)") },
  [BRIEFING_PAGE_LABEL_CONVERGENCE] = { "briefing", NC_("briefing", "Convergence") },
  [BRIEFING_PAGE_LABEL_CONVERGENCE_KEY] = {
    "briefing", NC_("briefing", "Where each party stands on each issue. Issues marked agreed "
                                "have no party rejecting.") },
  [BRIEFING_PAGE_LABEL_ISSUE] = { "briefing column", NC_("briefing column", "Issue") },
  /* Translators: marks an issue on which no party rejects */
  [BRIEFING_PAGE_LABEL_AGREED] = { "briefing", NC_("briefing", "✓ Agreed") },
  [BRIEFING_PAGE_LABEL_QUESTION] = { "briefing column", NC_("briefing column", "Question") },
  [BRIEFING_PAGE_LABEL_OWNER] = { "briefing column", NC_("briefing column", "Owner") },
  [BRIEFING_PAGE_LABEL_DEADLINE] = { "briefing column", NC_("briefing column", "Deadline") },
  [BRIEFING_PAGE_LABEL_OVERDUE] = { "briefing", NC_("briefing", "Overdue") },
  /* Translators: an empty table cell */
  [BRIEFING_PAGE_LABEL_NONE] = { "briefing", NC_("briefing", "—") },
  /* Translators: between the items of a list of names */
  [BRIEFING_PAGE_LABEL_LIST_SEPARATOR] = { "briefing", NC_("briefing", ", ") },
};

const char *
briefing_page_label (BriefingPageLabel label)
{
  g_return_val_if_fail (label < BRIEFING_PAGE_N_LABELS, "");

  return briefing_pgettext2 (labels[label].context, labels[label].text);
}

gboolean
briefing_page_is_right_to_left (void)
{
  /* Translators: "default:RTL" for a language written right to left, as GTK's own translations
   * say it; anything else keeps briefings left to right */
  return g_str_equal (C_("text direction", "default:LTR"), "default:RTL");
}

const char *
briefing_page_tick_format (BriefingPageTick tick)
{
  switch (tick)
    {
    /* Translators: g_date_time_format() formats for the dates under a timeline; %b is a short month
     * name as it stands in a date, %Ob one on its own (nominative where that differs) */
    case BRIEFING_PAGE_TICK_DAY: return C_("timeline tick", "%-d %b");
    case BRIEFING_PAGE_TICK_DAY_WITH_YEAR: return C_("timeline tick", "%-d %b %Y");
    case BRIEFING_PAGE_TICK_MONTH: return C_("timeline tick", "%Ob");
    case BRIEFING_PAGE_TICK_MONTH_WITH_YEAR: return C_("timeline tick", "%Ob %Y");
    case BRIEFING_PAGE_TICK_YEAR:
    default: return C_("timeline tick", "%Y");
    }
}

char *
briefing_page_format_page_of (guint page,
                              guint n_pages)
{
  /* Translators: the footer of every page of a briefing */
  return g_strdup_printf (C_("briefing", "Page %u of %u"), page, n_pages);
}

char *
briefing_page_format_briefing_of (const char *date)
{
  /* Translators: on the cover; %s is the briefing's date */
  return g_strdup_printf (C_("briefing", "Briefing of %s"), date);
}

char *
briefing_page_format_period (const char *range)
{
  /* Translators: on the cover; %s is a range of dates */
  return g_strdup_printf (C_("briefing", "Period covered: %s"), range);
}

char *
briefing_page_format_prepared_by (const char *who)
{
  return g_strdup_printf (C_("briefing", "Prepared by %s"), who);
}

char *
briefing_page_format_as_of (const char *event,
                            const char *date)
{
  /* Translators: %s are an event's title and its date */
  return g_strdup_printf (C_("briefing", "As of %s, %s. Changes are those since the latest round "
                                         "of talks."),
                          event, date);
}

char *
briefing_page_format_disputed (const char *note)
{
  return g_strdup_printf (C_("briefing", "Disputed: %s"), note);
}

char *
briefing_page_format_participants (const char *parties)
{
  return g_strdup_printf (C_("briefing", "Participants: %s"), parties);
}

char *
briefing_page_format_mediators (const char *parties)
{
  return g_strdup_printf (C_("briefing", "Mediators: %s"), parties);
}

char *
briefing_page_format_round (guint round)
{
  return g_strdup_printf (C_("briefing", "Round %u"), round);
}

char *
briefing_page_format_about (const char *about)
{
  /* Translators: what an open question is attached to */
  return g_strdup_printf (C_("briefing", "About: %s"), about);
}

char *
briefing_page_format_attribution (const char *about)
{
  /* Translators: after an annotation, the article or item it was made on */
  return g_strdup_printf (C_("briefing", "— %s"), about);
}

char *
briefing_page_format_response (const char     *party,
                               BriefingStance  stance)
{
  switch (stance)
    {
    /* Translators: a party's answer to a demand, in a table of demands; %s is the party */
    case BRIEFING_STANCE_ACCEPTS:
      return g_strdup_printf (C_("briefing response", "%s: accepts"), party);
    case BRIEFING_STANCE_REJECTS:
      return g_strdup_printf (C_("briefing response", "%s: rejects"), party);
    case BRIEFING_STANCE_CONDITIONAL:
      return g_strdup_printf (C_("briefing response", "%s: accepts with conditions"), party);
    case BRIEFING_STANCE_UNKNOWN:
    default: return g_strdup_printf (C_("briefing response", "%s: no clear answer"), party);
    }
}

char *
briefing_page_format_grade (const char *grade)
{
  /* Translators: %s is e.g. "B – usually reliable" */
  return g_strdup_printf (C_("briefing", "Source grade %s"), grade);
}

char *
briefing_page_format_continued (const char *what)
{
  /* Translators: above a table that goes on from the page before; %s is e.g. a party */
  return g_strdup_printf (C_("briefing", "%s (continued)"), what);
}
