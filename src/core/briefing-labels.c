/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-labels"

#include "config.h"

#include "briefing-i18n.h"

#include "briefing-labels.h"

const char *
briefing_event_kind_label (BriefingEventKind kind)
{
  switch (kind)
    {
    /* Translators: a kind of event, singular */
    case BRIEFING_EVENT_KIND_TALKS: return C_("event kind", "Talks");
    case BRIEFING_EVENT_KIND_EXCHANGE: return C_("event kind", "Exchange");
    case BRIEFING_EVENT_KIND_PROPOSAL: return C_("event kind", "Proposal");
    case BRIEFING_EVENT_KIND_STATEMENT: return C_("event kind", "Statement");
    case BRIEFING_EVENT_KIND_MILITARY: return C_("event kind", "Military");
    case BRIEFING_EVENT_KIND_DEADLINE: return C_("event kind", "Deadline");
    case BRIEFING_EVENT_KIND_OTHER:
    default: return C_("event kind", "Other");
    }
}

const char *
briefing_event_kind_plural (BriefingEventKind kind)
{
  switch (kind)
    {
    /* Translators: a kind of event, as the name of a lane of the timeline */
    case BRIEFING_EVENT_KIND_TALKS: return C_("timeline lane", "Talks");
    case BRIEFING_EVENT_KIND_EXCHANGE: return C_("timeline lane", "Exchanges");
    case BRIEFING_EVENT_KIND_PROPOSAL: return C_("timeline lane", "Proposals");
    case BRIEFING_EVENT_KIND_STATEMENT: return C_("timeline lane", "Statements");
    case BRIEFING_EVENT_KIND_MILITARY: return C_("timeline lane", "Military");
    case BRIEFING_EVENT_KIND_DEADLINE: return C_("timeline lane", "Deadlines");
    case BRIEFING_EVENT_KIND_OTHER:
    default: return C_("timeline lane", "Other");
    }
}

const char *
briefing_outcome_status_label (BriefingOutcomeStatus status)
{
  switch (status)
    {
    /* Translators: the status of an outcome of talks */
    case BRIEFING_OUTCOME_STATUS_AGREED: return C_("outcome", "Agreed");
    case BRIEFING_OUTCOME_STATUS_REJECTED: return C_("outcome", "Rejected");
    case BRIEFING_OUTCOME_STATUS_DISCUSSED: return C_("outcome", "Discussed");
    case BRIEFING_OUTCOME_STATUS_PROPOSED: return C_("outcome", "Proposed");
    case BRIEFING_OUTCOME_STATUS_PENDING:
    default: return C_("outcome", "Pending");
    }
}

const char *
briefing_stance_label (BriefingStance stance)
{
  switch (stance)
    {
    /* Translators: how a party answered a demand */
    case BRIEFING_STANCE_ACCEPTS: return C_("stance", "Accepts");
    case BRIEFING_STANCE_REJECTS: return C_("stance", "Rejects");
    case BRIEFING_STANCE_CONDITIONAL: return C_("stance", "Conditional");
    case BRIEFING_STANCE_UNKNOWN:
    default: return C_("stance", "Unknown");
    }
}

const char *
briefing_party_role_label (BriefingPartyRole role)
{
  switch (role)
    {
    /* Translators: the role of a party in a negotiation */
    case BRIEFING_PARTY_ROLE_PARTY: return C_("role", "Party");
    case BRIEFING_PARTY_ROLE_MEDIATOR: return C_("role", "Mediator");
    case BRIEFING_PARTY_ROLE_HOST: return C_("role", "Host");
    case BRIEFING_PARTY_ROLE_OBSERVER:
    default: return C_("role", "Observer");
    }
}

const char *
briefing_change_label (BriefingChange change)
{
  switch (change)
    {
    /* Translators: how a demand changed at the selected round */
    case BRIEFING_CHANGE_NEW: return C_("change", "New");
    case BRIEFING_CHANGE_REITERATED: return C_("change", "Reiterated");
    case BRIEFING_CHANGE_ANSWERED: return C_("change", "Answered");
    case BRIEFING_CHANGE_DROPPED: return C_("change", "Dropped");
    case BRIEFING_CHANGE_NONE:
    default: return C_("change", "Standing");
    }
}

const char *
briefing_standing_label (BriefingStanding standing)
{
  switch (standing)
    {
    /* Translators: where a party stands on an issue, in the convergence table */
    case BRIEFING_STANDING_DEMANDS: return C_("standing", "Demands");
    case BRIEFING_STANDING_ACCEPTS: return C_("standing", "Accepts");
    case BRIEFING_STANDING_CONDITIONAL: return C_("standing", "Conditional");
    case BRIEFING_STANDING_REJECTS: return C_("standing", "Rejects");
    case BRIEFING_STANDING_MIXED: return C_("standing", "Mixed");
    case BRIEFING_STANDING_UNKNOWN: return C_("standing", "Unknown");
    case BRIEFING_STANDING_NONE:
    default: return C_("standing", "—");
    }
}

const char *
briefing_source_grade_label (BriefingSourceGrade grade)
{
  switch (grade)
    {
    /* Translators: Admiralty source reliability grades */
    case BRIEFING_SOURCE_GRADE_A: return _("A – completely reliable");
    case BRIEFING_SOURCE_GRADE_B: return _("B – usually reliable");
    case BRIEFING_SOURCE_GRADE_C: return _("C – fairly reliable");
    case BRIEFING_SOURCE_GRADE_D: return _("D – not usually reliable");
    case BRIEFING_SOURCE_GRADE_E: return _("E – unreliable");
    case BRIEFING_SOURCE_GRADE_F: return _("F – reliability cannot be judged");
    case BRIEFING_SOURCE_GRADE_NONE:
    default: return NULL;
    }
}

char *
briefing_category_label (const char *category)
{
  static const struct { const char *name; const char *label; } known[] = {
    /* Translators: categories of demands */
    { "ceasefire", N_("Ceasefire") },
    { "territory", N_("Territory") },
    { "security", N_("Security") },
    { "humanitarian", N_("Humanitarian") },
    { "political", N_("Political") },
    { "economic", N_("Economic") },
    { "other", N_("Other") },
  };
  g_autofree char *first = NULL;

  g_return_val_if_fail (category != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (known); i++)
    if (g_strcmp0 (category, known[i].name) == 0)
      return g_strdup (_(known[i].label));

  if (category[0] == '\0')
    return g_strdup ("");

  first = g_utf8_strup (category, g_utf8_next_char (category) - category);
  return g_strconcat (first, g_utf8_next_char (category), NULL);
}

/* Month and weekday names come from Briefing's own translations, not from the C library's locale
 * data: the machines Briefing runs on (servers, CI, fresh installs) often have no locale but C
 * installed, and briefings are written in a language chosen per export. As in glibc, %B is the
 * name as it stands in a date (the genitive in many languages: "2 червня") and %OB the name on its
 * own ("червень 2025"). */
static const char *
month_name (int      month,
            gboolean standalone,
            gboolean abbreviated)
{
  static const char * const in_date[] = {
    /* Translators: month names as they stand in a date, e.g. "2 June 2025" (genitive where your
     * language uses it) */
    NC_("month name in a date", "January"), NC_("month name in a date", "February"),
    NC_("month name in a date", "March"), NC_("month name in a date", "April"),
    NC_("month name in a date", "May"), NC_("month name in a date", "June"),
    NC_("month name in a date", "July"), NC_("month name in a date", "August"),
    NC_("month name in a date", "September"), NC_("month name in a date", "October"),
    NC_("month name in a date", "November"), NC_("month name in a date", "December"),
  };
  static const char * const alone[] = {
    /* Translators: month names on their own, e.g. "June 2025" or a calendar heading (nominative) */
    NC_("month name on its own", "January"), NC_("month name on its own", "February"),
    NC_("month name on its own", "March"), NC_("month name on its own", "April"),
    NC_("month name on its own", "May"), NC_("month name on its own", "June"),
    NC_("month name on its own", "July"), NC_("month name on its own", "August"),
    NC_("month name on its own", "September"), NC_("month name on its own", "October"),
    NC_("month name on its own", "November"), NC_("month name on its own", "December"),
  };
  static const char * const short_in_date[] = {
    /* Translators: abbreviated month names as they stand in a date, e.g. "2 Jun" */
    NC_("abbreviated month in a date", "Jan"), NC_("abbreviated month in a date", "Feb"),
    NC_("abbreviated month in a date", "Mar"), NC_("abbreviated month in a date", "Apr"),
    NC_("abbreviated month in a date", "May"), NC_("abbreviated month in a date", "Jun"),
    NC_("abbreviated month in a date", "Jul"), NC_("abbreviated month in a date", "Aug"),
    NC_("abbreviated month in a date", "Sep"), NC_("abbreviated month in a date", "Oct"),
    NC_("abbreviated month in a date", "Nov"), NC_("abbreviated month in a date", "Dec"),
  };
  static const char * const short_alone[] = {
    /* Translators: abbreviated month names on their own, e.g. on a timeline's axis */
    NC_("abbreviated month on its own", "Jan"), NC_("abbreviated month on its own", "Feb"),
    NC_("abbreviated month on its own", "Mar"), NC_("abbreviated month on its own", "Apr"),
    NC_("abbreviated month on its own", "May"), NC_("abbreviated month on its own", "Jun"),
    NC_("abbreviated month on its own", "Jul"), NC_("abbreviated month on its own", "Aug"),
    NC_("abbreviated month on its own", "Sep"), NC_("abbreviated month on its own", "Oct"),
    NC_("abbreviated month on its own", "Nov"), NC_("abbreviated month on its own", "Dec"),
  };
  static const char * const contexts[] = {
    "month name in a date", "month name on its own", "abbreviated month in a date",
    "abbreviated month on its own",
  };
  const char * const *names = abbreviated ? (standalone ? short_alone : short_in_date)
                                          : (standalone ? alone : in_date);

  g_return_val_if_fail (month >= 1 && month <= 12, "");

  return briefing_pgettext2 (contexts[(abbreviated ? 2 : 0) + (standalone ? 1 : 0)], names[month - 1]);
}

static const char *
weekday_name (int      weekday,
              gboolean abbreviated)
{
  static const char * const full[] = {
    /* Translators: weekday names, Monday first */
    NC_("weekday", "Monday"), NC_("weekday", "Tuesday"), NC_("weekday", "Wednesday"),
    NC_("weekday", "Thursday"), NC_("weekday", "Friday"), NC_("weekday", "Saturday"),
    NC_("weekday", "Sunday"),
  };
  static const char * const abbreviations[] = {
    /* Translators: abbreviated weekday names, Monday first */
    NC_("abbreviated weekday", "Mon"), NC_("abbreviated weekday", "Tue"), NC_("abbreviated weekday", "Wed"),
    NC_("abbreviated weekday", "Thu"), NC_("abbreviated weekday", "Fri"), NC_("abbreviated weekday", "Sat"),
    NC_("abbreviated weekday", "Sun"),
  };

  g_return_val_if_fail (weekday >= 1 && weekday <= 7, "");

  return abbreviated ? briefing_pgettext2 ("abbreviated weekday", abbreviations[weekday - 1])
                     : briefing_pgettext2 ("weekday", full[weekday - 1]);
}

/* Like g_date_time_format(), with month and weekday names from Briefing's translations:
 * %B/%b (in a date), %OB/%Ob (on their own), %A/%a. */
char *
briefing_format_date_time (GDateTime  *date_time,
                           const char *format)
{
  GString *out = g_string_new (NULL);
  GString *chunk = g_string_new (NULL);

  g_return_val_if_fail (date_time != NULL, NULL);
  g_return_val_if_fail (format != NULL, NULL);

  for (const char *p = format; *p != '\0'; p++)
    {
      const char *name = NULL;
      gboolean standalone = FALSE;
      const char *q = p;

      if (*p == '%' && p[1] == 'O' && (p[2] == 'B' || p[2] == 'b'))
        {
          standalone = TRUE;
          q = p + 2;
        }
      else if (*p == '%')
        q = p + 1;

      if (*p == '%' && (*q == 'B' || *q == 'b'))
        name = month_name (g_date_time_get_month (date_time), standalone, *q == 'b');
      else if (*p == '%' && (*q == 'A' || *q == 'a'))
        name = weekday_name (g_date_time_get_day_of_week (date_time), *q == 'a');

      if (name == NULL)
        {
          /* Everything else is GLib's; "%%" stays together. */
          g_string_append_c (chunk, *p);
          if (*p == '%' && p[1] != '\0')
            g_string_append_c (chunk, *++p);
          continue;
        }

      if (chunk->len > 0)
        {
          g_autofree char *formatted = g_date_time_format (date_time, chunk->str);

          g_string_append (out, formatted != NULL ? formatted : "");
          g_string_truncate (chunk, 0);
        }
      g_string_append (out, name);
      p = q;
    }

  if (chunk->len > 0)
    {
      g_autofree char *formatted = g_date_time_format (date_time, chunk->str);

      g_string_append (out, formatted != NULL ? formatted : "");
    }

  g_string_free (chunk, TRUE);
  return g_string_free (out, FALSE);
}

static char *
format_date_time (GDateTime  *dt,
                  const char *format)
{
  return briefing_format_date_time (dt, format);
}

char *
briefing_date_format (const BriefingDate *date)
{
  g_autoptr(GDateTime) dt = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (!briefing_date_is_set (date))
    return g_strdup ("");

  dt = briefing_date_to_date_time (date);
  if (dt == NULL)
    return g_strdup ("");

  switch (date->precision)
    {
    case BRIEFING_DATE_PRECISION_YEAR:
      /* Translators: a year on its own; strftime format */
      return format_date_time (dt, C_("date format", "%Y"));
    case BRIEFING_DATE_PRECISION_MONTH:
      /* Translators: a month and year, e.g. "June 2025"; %OB is the month's name on its own,
       * %B as it stands in a date; see briefing_format_date_time() */
      return format_date_time (dt, C_("date format", "%OB %Y"));
    case BRIEFING_DATE_PRECISION_DAY:
      /* Translators: a day, e.g. "2 June 2025"; strftime format (%-d: day without padding) */
      return format_date_time (dt, C_("date format", "%-d %B %Y"));
    case BRIEFING_DATE_PRECISION_EXACT:
    default:
      /* Translators: a day and local time, e.g. "2 June 2025, 10:30"; strftime format */
      return format_date_time (dt, C_("date format", "%-d %B %Y, %H:%M"));
    }
}

char *
briefing_date_format_range (const BriefingDate *start,
                            const BriefingDate *end)
{
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autoptr(GDateTime) s = NULL;
  g_autoptr(GDateTime) e = NULL;

  g_return_val_if_fail (start != NULL, NULL);

  if (end == NULL || !briefing_date_is_set (end) || briefing_date_equal (start, end))
    return briefing_date_format (start);

  /* Days of one month and year share them: "23–25 May 2025". */
  if (start->precision == BRIEFING_DATE_PRECISION_DAY && end->precision == BRIEFING_DATE_PRECISION_DAY &&
      start->year == end->year)
    {
      s = briefing_date_to_date_time (start);
      e = briefing_date_to_date_time (end);
      if (start->month == end->month)
        /* Translators: first day of a range within one month, e.g. "23" of "23–25 May 2025" */
        from = briefing_format_date_time (s, C_("date format", "%-d"));
      else
        /* Translators: first day of a range within one year, e.g. "16 May" of "16 May – 2 June 2025" */
        from = briefing_format_date_time (s, C_("date format", "%-d %B"));
      to = briefing_date_format (end);
      if (start->month == end->month)
        /* Translators: a range of days; %s are the first day and the last date */
        return g_strdup_printf (C_("date range", "%s–%s"), from, to);
      /* Translators: a range of dates; %s are the first and the last date */
      return g_strdup_printf (C_("date range", "%s – %s"), from, to);
    }

  from = briefing_date_format (start);
  to = briefing_date_format (end);
  return g_strdup_printf (C_("date range", "%s – %s"), from, to);
}

char *
briefing_duration_format (gint64 seconds)
{
  int days = seconds / 86400, hours = seconds % 86400 / 3600, minutes = seconds % 3600 / 60;

  if (days > 0 && hours == 0)
    /* Translators: a duration in days */
    return g_strdup_printf (briefing_ngettext ("%d day", "%d days", days), days);
  if (days > 0)
    /* Translators: a duration in days and hours; abbreviate as your language does */
    return g_strdup_printf (_("%d d %d h"), days, hours);
  if (hours > 0 && minutes > 0)
    /* Translators: a duration in hours and minutes; abbreviate as your language does */
    return g_strdup_printf (_("%d h %d min"), hours, minutes);
  if (hours > 0)
    /* Translators: a duration in hours */
    return g_strdup_printf (_("%d h"), hours);
  /* Translators: a duration in minutes */
  return g_strdup_printf (_("%d min"), minutes);
}
