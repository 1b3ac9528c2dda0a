/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-extract-date"

#include "config.h"

#include "briefing-extract-date.h"
#include "briefing-extract-rules-private.h"

static char *
fetch_named (GMatchInfo *info,
             const char *name)
{
  char *value = g_match_info_fetch_named (info, name);

  if (value != NULL && *value == '\0')
    g_clear_pointer (&value, g_free);
  return value;
}

static GDate *
reference_gdate (const BriefingDate *reference)
{
  return g_date_new_dmy (reference->day, reference->month, reference->year);
}

static BriefingDate
from_gdate (GDate                 *date,
            BriefingDatePrecision  precision)
{
  BriefingDate out = { 0 };

  out.year = g_date_get_year (date);
  out.month = g_date_get_month (date);
  out.day = g_date_get_day (date);
  out.precision = BRIEFING_DATE_PRECISION_DAY;
  return briefing_date_coarsen (&out, precision);
}

/* The year among the reference's, the one before and the one after that puts day/month nearest. */
static int
nearest_year (const BriefingDate *reference,
              guint               month,
              guint               day)
{
  g_autoptr(GDate) ref = reference_gdate (reference);
  int best = reference->year;
  gint64 best_distance = G_MAXINT64;

  for (int year = reference->year - 1; year <= reference->year + 1; year++)
    {
      g_autoptr(GDate) candidate = NULL;
      gint64 distance;

      if (!g_date_valid_dmy (day, month, year))
        continue;
      candidate = g_date_new_dmy (day, month, year);
      distance = ABS ((gint64) g_date_days_between (ref, candidate));
      if (distance < best_distance)
        {
          best_distance = distance;
          best = year;
        }
    }
  return best;
}

static gboolean
resolve_absolute (BriefingExtractRules *rules,
                  BriefingDateRule     *rule,
                  GMatchInfo           *info,
                  const BriefingDate   *reference,
                  BriefingDateMatch    *match)
{
  g_autofree char *month_word = fetch_named (info, "month");
  g_autofree char *day_word = fetch_named (info, "day");
  g_autofree char *year_word = fetch_named (info, "year");
  g_autofree char *weekday_word = fetch_named (info, "weekday");
  guint month = month_word ? briefing_extract_rules_lookup_month (rules, month_word) : 0;
  guint day = day_word ? (guint) g_ascii_strtoull (day_word, NULL, 10) : 1;
  int year;

  if (month == 0)
    return FALSE;
  if (year_word != NULL)
    year = (int) g_ascii_strtoll (year_word, NULL, 10);
  else if (reference != NULL)
    year = nearest_year (reference, month, rule->precision == BRIEFING_DATE_PRECISION_DAY ? day : 15);
  else
    return FALSE;
  if (year < 1 || year > 9999 || !g_date_valid_dmy (day, month, year))
    return FALSE;

  match->date = (BriefingDate) { .year = year, .month = month, .day = day,
                                 .precision = BRIEFING_DATE_PRECISION_DAY };
  match->date = briefing_date_coarsen (&match->date, rule->precision);
  match->confidence = year_word != NULL ? 0.9 : 0.8;

  /* A weekday that disagrees with the date makes it less sure, not wrong. */
  if (weekday_word != NULL && rule->precision == BRIEFING_DATE_PRECISION_DAY)
    {
      g_autoptr(GDate) date = g_date_new_dmy (day, month, year);

      if ((guint) g_date_get_weekday (date) == briefing_extract_rules_lookup_weekday (rules, weekday_word))
        match->confidence = 0.95;
      else
        match->confidence = 0.5;
    }
  return TRUE;
}

/* Whether the words just before @start (in the same sentence) speak of the future. */
static gboolean
looks_forward (BriefingExtractRules *rules,
               const char           *text,
               gsize                 start)
{
  gsize from = start > 80 ? start - 80 : 0;

  if (rules->future_cue == NULL)
    return FALSE;
  while (from > 0 && (text[from] & 0xC0) == 0x80)
    from--;
  return g_regex_match_full (rules->future_cue, text, start, from, 0, NULL, NULL);
}

/* Moves @date by @days; FALSE, and @date as it was, when that leaves the years 1 to 9999 (a
 * reference date of 1 January of the year 1 and "a week ago", say). */
static gboolean
shift_days (GDate *date,
            int    days)
{
  guint32 julian = g_date_get_julian (date);
  GDate end;

  g_date_clear (&end, 1);
  g_date_set_dmy (&end, 31, G_DATE_DECEMBER, 9999);
  if (days < 0 && julian <= (guint32) -days)
    return FALSE;
  if (days > 0 && julian + (guint32) days > g_date_get_julian (&end))
    return FALSE;
  if (days < 0)
    g_date_subtract_days (date, -days);
  else
    g_date_add_days (date, days);
  return TRUE;
}

static gboolean
resolve_weekday (BriefingExtractRules *rules,
                 BriefingDateRule     *rule,
                 GMatchInfo           *info,
                 const char           *text,
                 gsize                 start,
                 const BriefingDate   *reference,
                 BriefingDateMatch    *match)
{
  g_autofree char *weekday_word = fetch_named (info, "weekday");
  g_autofree char *whole = g_match_info_fetch (info, 0);
  g_autoptr(GDate) date = NULL;
  guint weekday;
  int back;

  if (reference == NULL || weekday_word == NULL || reference->precision < BRIEFING_DATE_PRECISION_DAY)
    return FALSE;
  weekday = briefing_extract_rules_lookup_weekday (rules, weekday_word);
  if (weekday == 0)
    return FALSE;

  /* News reports speak of the past: the latest such weekday on or before the article's date;
   * "last Monday" never means the article's own day. After "will", "would", "next" it is the
   * next such day instead. */
  date = reference_gdate (reference);
  if (g_str_has_prefix (whole, "next") || looks_forward (rules, text, start))
    {
      int ahead = ((int) weekday - (int) g_date_get_weekday (date) + 7) % 7;

      if (!shift_days (date, ahead == 0 ? 7 : ahead))
        return FALSE;
    }
  else
    {
      back = ((int) g_date_get_weekday (date) - (int) weekday + 7) % 7;
      if (back == 0 && g_str_has_prefix (whole, "last"))
        back = 7;
      if (!shift_days (date, -back))
        return FALSE;
    }
  match->date = from_gdate (date, rule->precision);
  match->confidence = 0.7;
  return TRUE;
}

static gboolean
resolve_relative (BriefingDateRule   *rule,
                  const BriefingDate *reference,
                  BriefingDateMatch  *match)
{
  g_autoptr(GDate) date = NULL;

  if (reference == NULL || reference->precision < BRIEFING_DATE_PRECISION_DAY)
    return FALSE;
  date = reference_gdate (reference);
  if (!shift_days (date, rule->days))
    return FALSE;
  match->date = from_gdate (date, rule->precision);
  match->confidence = rule->precision == BRIEFING_DATE_PRECISION_DAY ? 0.7 : 0.4;
  return TRUE;
}

static int
compare_match (gconstpointer a,
               gconstpointer b)
{
  const BriefingDateMatch *x = a;
  const BriefingDateMatch *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  /* the longer first */
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return 0;
}

GArray *
briefing_extract_find_dates (BriefingExtractRules *rules,
                             const char           *text,
                             gssize                length,
                             const BriefingDate   *reference)
{
  g_autoptr(GArray) found = g_array_new (FALSE, FALSE, sizeof (BriefingDateMatch));
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (BriefingDateMatch));
  gsize len;

  g_return_val_if_fail (BRIEFING_IS_EXTRACT_RULES (rules), kept);
  g_return_val_if_fail (text != NULL, kept);

  len = length < 0 ? strlen (text) : (gsize) length;
  if (reference != NULL && !briefing_date_is_set (reference))
    reference = NULL;

  for (guint i = 0; i < rules->dates->len; i++)
    {
      BriefingDateRule *rule = g_ptr_array_index (rules->dates, i);
      g_autoptr(GMatchInfo) info = NULL;

      if (rule->regex == NULL)
        continue;
      g_regex_match_full (rule->regex, text, len, 0, 0, &info, NULL);
      for (; g_match_info_matches (info); g_match_info_next (info, NULL))
        {
          BriefingDateMatch match = { 0 };
          gint start, end;
          gboolean ok = FALSE;

          g_match_info_fetch_pos (info, 0, &start, &end);
          match.start = start;
          match.end = end;
          switch (rule->resolve)
            {
            case BRIEFING_DATE_RESOLVE_ABSOLUTE:
              ok = resolve_absolute (rules, rule, info, reference, &match);
              break;
            case BRIEFING_DATE_RESOLVE_WEEKDAY:
              ok = resolve_weekday (rules, rule, info, text, start, reference, &match);
              break;
            case BRIEFING_DATE_RESOLVE_RELATIVE:
              ok = resolve_relative (rule, reference, &match);
              break;
            default:
              g_assert_not_reached ();
            }
          if (ok)
            g_array_append_val (found, match);
        }
    }

  g_array_sort (found, compare_match);
  for (guint i = 0; i < found->len; i++)
    {
      BriefingDateMatch *match = &g_array_index (found, BriefingDateMatch, i);

      if (kept->len > 0 && match->start < g_array_index (kept, BriefingDateMatch, kept->len - 1).end)
        continue;
      g_array_append_val (kept, *match);
    }
  return kept;
}
