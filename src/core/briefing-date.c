/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-date"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-date.h"
#include "briefing-error.h"
#include "briefing-util-private.h"

G_DEFINE_BOXED_TYPE (BriefingDate, briefing_date, briefing_date_copy, briefing_date_free)

BriefingDate *
briefing_date_copy (const BriefingDate *date)
{
  return g_memdup2 (date, sizeof *date);
}

void
briefing_date_free (BriefingDate *date)
{
  g_free (date);
}

static gboolean
is_leap_year (int year)
{
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static int
days_in_month (int year,
               int month)
{
  static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

  return month == 2 && is_leap_year (year) ? 29 : days[month - 1];
}

/* Reads exactly @n digits; FALSE when any is missing. */
static gboolean
read_digits (const char **p,
             guint        n,
             int         *value)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit ((*p)[i]))
        return FALSE;
      v = v * 10 + ((*p)[i] - '0');
    }

  *p += n;
  *value = v;
  return TRUE;
}

static gboolean
parse_time (const char   *p,
            BriefingDate *date)
{
  int hour, minute, second = 0, off_h, off_m, sign;
  guint32 usec = 0;

  if (!read_digits (&p, 2, &hour) || *p++ != ':' || !read_digits (&p, 2, &minute))
    return FALSE;

  if (*p == ':')
    {
      p++;
      if (!read_digits (&p, 2, &second))
        return FALSE;

      if (*p == '.')
        {
          guint32 scale = 100000;

          p++;
          if (!g_ascii_isdigit (*p))
            return FALSE;
          for (; g_ascii_isdigit (*p); p++)
            {
              usec += (*p - '0') * scale;
              scale /= 10;
            }
        }
    }

  if (hour > 23 || minute > 59 || second > 59)
    return FALSE;

  if (*p == 'Z')
    {
      p++;
      off_h = off_m = 0;
      sign = 1;
    }
  else if (*p == '+' || *p == '-')
    {
      sign = *p++ == '-' ? -1 : 1;
      if (!read_digits (&p, 2, &off_h) || *p++ != ':' || !read_digits (&p, 2, &off_m))
        return FALSE;
      if (off_h > 23 || off_m > 59)
        return FALSE;
    }
  else
    return FALSE;

  if (*p != '\0')
    return FALSE;

  date->hour = hour;
  date->minute = minute;
  date->second = second;
  date->microsecond = usec;
  date->utc_offset = sign * (off_h * 3600 + off_m * 60);
  date->precision = BRIEFING_DATE_PRECISION_EXACT;
  return TRUE;
}

static gboolean
parse (const char   *text,
       BriefingDate *date)
{
  const char *p = text;
  int year, month = 1, day = 1;
  BriefingDate d = { 0 };

  if (!read_digits (&p, 4, &year) || year < 1)
    return FALSE;
  d.precision = BRIEFING_DATE_PRECISION_YEAR;

  if (*p == '-')
    {
      p++;
      if (!read_digits (&p, 2, &month) || month < 1 || month > 12)
        return FALSE;
      d.precision = BRIEFING_DATE_PRECISION_MONTH;

      if (*p == '-')
        {
          p++;
          if (!read_digits (&p, 2, &day) || day < 1 || day > days_in_month (year, month))
            return FALSE;
          d.precision = BRIEFING_DATE_PRECISION_DAY;
        }
    }

  d.year = year;
  d.month = month;
  d.day = day;

  if (*p == 'T' && d.precision == BRIEFING_DATE_PRECISION_DAY)
    {
      if (!parse_time (p + 1, &d))
        return FALSE;
    }
  else if (*p != '\0')
    return FALSE;

  *date = d;
  return TRUE;
}

/**
 * briefing_date_parse:
 * Parses a year ("2025"), a month ("2025-06"), a day ("2025-06-02") or an exact time with an
 * offset ("2025-06-02T10:30:00+03:00", seconds optional).
 */
gboolean
briefing_date_parse (const char   *text,
                     BriefingDate *date,
                     GError      **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (parse (text, date))
    return TRUE;

  g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
               /* Translators: %s is the text that is not a date; keep the examples as they are. */
               _("“%s” is not a date: expected a year, month, day or time such as 2025, 2025-06, "
                 "2025-06-02 or 2025-06-02T10:30:00+03:00"),
               text);
  return FALSE;
}

/* A date-time with an offset, as for creation and modification times. */
gboolean
briefing_date_parse_date_time (const char   *text,
                               BriefingDate *date,
                               GError      **error)
{
  BriefingDate d;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (date != NULL, FALSE);

  if (parse (text, &d) && d.precision == BRIEFING_DATE_PRECISION_EXACT)
    {
      *date = d;
      return TRUE;
    }

  g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
               /* Translators: %s is the text that is not a date-time; keep the example as it is. */
               _("“%s” is not a date and time with an offset such as 2025-06-02T10:30:00Z"), text);
  return FALSE;
}

/* @value in at least @width digits, zeros in front. */
static void
append_digits (GString *s,
               int      value,
               int      width)
{
  char digits[BRIEFING_DIGITS_MAX], *p;

  if (value < 0)
    {
      g_string_append_printf (s, "%0*d", width, value);
      return;
    }
  p = briefing_format_digits (digits + sizeof digits, (guint64) value, MIN (width, BRIEFING_DIGITS_MAX));
  g_string_append_len (s, p, digits + sizeof digits - p);
}

char *
briefing_date_to_string (const BriefingDate *date)
{
  GString *s;

  g_return_val_if_fail (date != NULL, NULL);

  /* Digits by hand: a saved bundle or a briefing writes thousands of dates. */
  s = g_string_sized_new (32);
  append_digits (s, date->year, 4);
  if (date->precision >= BRIEFING_DATE_PRECISION_MONTH)
    {
      g_string_append_c (s, '-');
      append_digits (s, date->month, 2);
    }
  if (date->precision >= BRIEFING_DATE_PRECISION_DAY)
    {
      g_string_append_c (s, '-');
      append_digits (s, date->day, 2);
    }
  if (date->precision == BRIEFING_DATE_PRECISION_EXACT)
    {
      g_string_append_c (s, 'T');
      append_digits (s, date->hour, 2);
      g_string_append_c (s, ':');
      append_digits (s, date->minute, 2);
      g_string_append_c (s, ':');
      append_digits (s, date->second, 2);
      if (date->microsecond != 0)
        {
          char frac[8];

          g_snprintf (frac, sizeof frac, "%06u", date->microsecond);
          for (int i = 5; i > 0 && frac[i] == '0'; i--)
            frac[i] = '\0';
          g_string_append_printf (s, ".%s", frac);
        }
      if (date->utc_offset == 0)
        g_string_append_c (s, 'Z');
      else
        {
          int off = ABS (date->utc_offset) / 60;

          g_string_append_c (s, date->utc_offset < 0 ? '-' : '+');
          append_digits (s, off / 60, 2);
          g_string_append_c (s, ':');
          append_digits (s, off % 60, 2);
        }
    }

  return g_string_free (s, FALSE);
}

/* The same date stated no more precisely than @precision; local date and time are kept. */
BriefingDate
briefing_date_coarsen (const BriefingDate    *date,
                       BriefingDatePrecision  precision)
{
  BriefingDate d = *date;

  if (precision >= date->precision)
    return d;

  d.precision = precision;
  d.hour = d.minute = d.second = 0;
  d.microsecond = 0;
  d.utc_offset = 0;
  if (precision < BRIEFING_DATE_PRECISION_DAY)
    d.day = 1;
  if (precision < BRIEFING_DATE_PRECISION_MONTH)
    d.month = 1;

  return d;
}

/* Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
static gint64
days_from_civil (int y,
                 int m,
                 int d)
{
  gint64 era, yoe, doy, doe;

  y -= m <= 2;
  era = (y >= 0 ? y : y - 399) / 400;
  yoe = y - era * 400;
  doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

  return era * 146097 + doe - 719468;
}

/* Seconds since the Unix epoch of the first instant the date covers; dates without a time are
 * taken at midnight UTC so that a day sorts before any exact time on it elsewhere in the world. */
gint64
briefing_date_to_unix (const BriefingDate *date)
{
  gint64 t;

  g_return_val_if_fail (date != NULL, 0);

  t = days_from_civil (date->year, date->month, date->day) * 86400;
  if (date->precision == BRIEFING_DATE_PRECISION_EXACT)
    t += date->hour * 3600 + date->minute * 60 + date->second - date->utc_offset;

  return t;
}

GDateTime *
briefing_date_to_date_time (const BriefingDate *date)
{
  g_autoptr(GTimeZone) tz = NULL;

  g_return_val_if_fail (date != NULL, NULL);

  if (date->precision != BRIEFING_DATE_PRECISION_EXACT)
    return g_date_time_new_utc (date->year, date->month, date->day, 0, 0, 0);

  tz = g_time_zone_new_offset (date->utc_offset);
  return g_date_time_new (tz, date->year, date->month, date->day, date->hour, date->minute,
                          date->second + date->microsecond / 1e6);
}

BriefingDate
briefing_date_from_date_time (GDateTime *date_time)
{
  BriefingDate d = { 0 };

  d.year = g_date_time_get_year (date_time);
  d.month = g_date_time_get_month (date_time);
  d.day = g_date_time_get_day_of_month (date_time);
  d.hour = g_date_time_get_hour (date_time);
  d.minute = g_date_time_get_minute (date_time);
  d.second = g_date_time_get_second (date_time);
  d.microsecond = g_date_time_get_microsecond (date_time);
  d.utc_offset = g_date_time_get_utc_offset (date_time) / G_TIME_SPAN_SECOND;
  d.precision = BRIEFING_DATE_PRECISION_EXACT;

  return d;
}

/* Orders by the first instant covered, then coarser before finer, then by offset: a total order
 * consistent with briefing_date_equal(). */
int
briefing_date_compare (const BriefingDate *a,
                       const BriefingDate *b)
{
  gint64 ta = briefing_date_to_unix (a), tb = briefing_date_to_unix (b);

  if (ta != tb)
    return ta < tb ? -1 : 1;
  if (a->microsecond != b->microsecond)
    return a->microsecond < b->microsecond ? -1 : 1;
  if (a->precision != b->precision)
    return a->precision < b->precision ? -1 : 1;
  if (a->utc_offset != b->utc_offset)
    return a->utc_offset < b->utc_offset ? -1 : 1;
  return 0;
}

gboolean
briefing_date_equal (const BriefingDate *a,
                     const BriefingDate *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->hour == b->hour && a->minute == b->minute && a->second == b->second &&
         a->microsecond == b->microsecond && a->utc_offset == b->utc_offset &&
         a->precision == b->precision;
}

gboolean
briefing_date_is_set (const BriefingDate *date)
{
  return date != NULL && date->year != 0;
}

/* ISO 8601 durations in weeks, days, hours, minutes and seconds ("P2W", "P1DT2H", "PT90M").
 * Years and months are refused: their length depends on the calendar. */
gboolean
briefing_duration_parse (const char *text,
                         gint64     *seconds,
                         GError    **error)
{
  const char *p = text;
  gboolean in_time = FALSE, any = FALSE;
  gint64 total = 0;
  char last_unit = 0;
  static const char date_units[] = "WD", time_units[] = "HMS";

  g_return_val_if_fail (text != NULL, FALSE);

  if (*p++ != 'P')
    goto fail;

  while (*p != '\0')
    {
      gint64 n = 0;
      const char *units, *u;
      gint64 factor;

      if (*p == 'T')
        {
          if (in_time || p[1] == '\0')
            goto fail;
          in_time = TRUE;
          last_unit = 0;
          p++;
          continue;
        }

      if (!g_ascii_isdigit (*p))
        goto fail;
      for (; g_ascii_isdigit (*p); p++)
        {
          n = n * 10 + (*p - '0');
          if (n > 1000000000)
            goto fail;
        }

      units = in_time ? time_units : date_units;
      u = *p != '\0' ? strchr (units, *p) : NULL;
      if (u == NULL || (last_unit != 0 && u <= strchr (units, last_unit)))
        goto fail;

      switch (*p)
        {
        case 'W': factor = 7 * 86400; break;
        case 'D': factor = 86400; break;
        case 'H': factor = 3600; break;
        case 'M': factor = 60; break;
        default: factor = 1; break;
        }

      total += n * factor;
      last_unit = *p++;
      any = TRUE;
    }

  if (!any || total > G_GINT64_CONSTANT (100) * 366 * 86400)
    goto fail;

  *seconds = total;
  return TRUE;

fail:
  g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
               /* Translators: %s is the text that is not a duration; keep the examples as they are. */
               _("“%s” is not a duration such as PT1H30M, PT40M or P3D"), text);
  return FALSE;
}

/* The shortest canonical form: "P3D", "PT1H30M", "P1DT2H". */
char *
briefing_duration_to_string (gint64 seconds)
{
  GString *s = g_string_new ("P");
  gint64 days = seconds / 86400, rest = seconds % 86400;

  if (days > 0)
    g_string_append_printf (s, "%" G_GINT64_FORMAT "D", days);
  if (rest > 0 || days == 0)
    {
      g_string_append_c (s, 'T');
      if (rest / 3600 > 0)
        g_string_append_printf (s, "%" G_GINT64_FORMAT "H", rest / 3600);
      if (rest % 3600 / 60 > 0)
        g_string_append_printf (s, "%" G_GINT64_FORMAT "M", rest % 3600 / 60);
      if (rest % 60 > 0 || rest == 0)
        g_string_append_printf (s, "%" G_GINT64_FORMAT "S", rest % 60);
    }

  return g_string_free (s, FALSE);
}
