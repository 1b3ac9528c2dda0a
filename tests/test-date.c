/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-core.h"

static void
assert_round_trip (const char            *text,
                   BriefingDatePrecision  precision)
{
  BriefingDate date;
  g_autoptr(GError) error = NULL;
  g_autofree char *back = NULL;

  g_assert_true (briefing_date_parse (text, &date, &error));
  g_assert_no_error (error);
  g_assert_cmpint (date.precision, ==, precision);
  back = briefing_date_to_string (&date);
  g_assert_cmpstr (back, ==, text);
}

static void
test_parse_precisions (void)
{
  assert_round_trip ("2025", BRIEFING_DATE_PRECISION_YEAR);
  assert_round_trip ("2025-06", BRIEFING_DATE_PRECISION_MONTH);
  assert_round_trip ("2025-06-02", BRIEFING_DATE_PRECISION_DAY);
  assert_round_trip ("2025-06-02T10:30:00+03:00", BRIEFING_DATE_PRECISION_EXACT);
  assert_round_trip ("2025-06-02T10:30:00Z", BRIEFING_DATE_PRECISION_EXACT);
  assert_round_trip ("2025-06-02T10:30:00-04:30", BRIEFING_DATE_PRECISION_EXACT);
  assert_round_trip ("2025-06-02T10:30:00.25Z", BRIEFING_DATE_PRECISION_EXACT);
  assert_round_trip ("2024-02-29", BRIEFING_DATE_PRECISION_DAY);
  /* Zeros in front of every part. */
  assert_round_trip ("0987-01-09T04:05:06.000001-00:30", BRIEFING_DATE_PRECISION_EXACT);
  assert_round_trip ("0001", BRIEFING_DATE_PRECISION_YEAR);
}

static void
test_parse_normalises (void)
{
  BriefingDate date;
  g_autofree char *text = NULL;

  /* Seconds are optional on input and always written. */
  g_assert_true (briefing_date_parse ("2025-06-02T10:30+03:00", &date, NULL));
  text = briefing_date_to_string (&date);
  g_assert_cmpstr (text, ==, "2025-06-02T10:30:00+03:00");
}

static void
test_parse_rejects (void)
{
  const char *bad[] = {
    "", "25", "2025-6", "2025-13", "2025-00", "2025-02-29", "2025-04-31", "2025-06-02T",
    "2025-06-02T10:30", "2025-06-02T24:00Z", "2025-06-02T10:60Z", "2025-06-02 10:30Z",
    "2025-06-02T10:30:00+3:00", "2025-06T10:30Z", "0000-01-01", "2025-06-02Z", "June 2025",
    "2025-06-02T10:30:00+03:00x", "2025-06-02T10:30:61Z",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      BriefingDate date;
      g_autoptr(GError) error = NULL;

      g_assert_false (briefing_date_parse (bad[i], &date, &error));
      g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE);
      g_assert_nonnull (strstr (error->message, bad[i]));
    }
}

static void
test_date_time_only (void)
{
  BriefingDate date;
  g_autoptr(GError) error = NULL;

  g_assert_true (briefing_date_parse_date_time ("2025-06-03T09:00:00Z", &date, NULL));
  g_assert_false (briefing_date_parse_date_time ("2025-06-03", &date, &error));
  g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE);
}

static void
test_compare_and_unix (void)
{
  BriefingDate day, morning_kyiv, month, year;

  g_assert_true (briefing_date_parse ("2025-06-02", &day, NULL));
  g_assert_true (briefing_date_parse ("2025-06-02T10:00:00+03:00", &morning_kyiv, NULL));
  g_assert_true (briefing_date_parse ("2025-06", &month, NULL));
  g_assert_true (briefing_date_parse ("2025", &year, NULL));

  g_assert_cmpint (briefing_date_to_unix (&day), ==, 1748822400);
  g_assert_cmpint (briefing_date_to_unix (&morning_kyiv), ==, 1748822400 + 7 * 3600);
  g_assert_cmpint (briefing_date_compare (&day, &morning_kyiv), <, 0);
  g_assert_cmpint (briefing_date_compare (&month, &day), <, 0);
  g_assert_cmpint (briefing_date_compare (&year, &month), <, 0);
  g_assert_cmpint (briefing_date_compare (&day, &day), ==, 0);
  g_assert_true (briefing_date_equal (&day, &day));
  g_assert_false (briefing_date_equal (&day, &morning_kyiv));
}

static void
test_coarsen (void)
{
  BriefingDate date, coarse;
  g_autofree char *text = NULL;

  g_assert_true (briefing_date_parse ("2025-07-15T22:30:00+03:00", &date, NULL));
  coarse = briefing_date_coarsen (&date, BRIEFING_DATE_PRECISION_MONTH);
  text = briefing_date_to_string (&coarse);
  g_assert_cmpstr (text, ==, "2025-07");

  /* Coarsening never makes a date finer. */
  g_assert_true (briefing_date_parse ("2025", &date, NULL));
  coarse = briefing_date_coarsen (&date, BRIEFING_DATE_PRECISION_EXACT);
  g_assert_true (briefing_date_equal (&date, &coarse));
}

static void
test_date_time_conversion (void)
{
  BriefingDate date, back;
  g_autoptr(GDateTime) dt = NULL;

  g_assert_true (briefing_date_parse ("2025-06-02T10:30:15+03:00", &date, NULL));
  dt = briefing_date_to_date_time (&date);
  g_assert_cmpint (g_date_time_to_unix (dt), ==, briefing_date_to_unix (&date));
  back = briefing_date_from_date_time (dt);
  g_assert_true (briefing_date_equal (&date, &back));
}

static void
test_duration (void)
{
  struct { const char *in; gint64 seconds; const char *out; } good[] = {
    { "PT90M", 5400, "PT1H30M" },
    { "PT1H30M", 5400, "PT1H30M" },
    { "PT40M", 2400, "PT40M" },
    { "P3D", 259200, "P3D" },
    { "P1DT2H", 93600, "P1DT2H" },
    { "P2W", 1209600, "P14D" },
    { "PT45S", 45, "PT45S" },
    { "PT0S", 0, "PT0S" },
  };
  const char *bad[] = { "", "P", "PT", "90M", "PT1.5H", "P1M", "P1Y", "PT1M1H", "PT-5M", "P1DT", "PT5X" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 seconds = -1;
      g_autofree char *text = NULL;

      g_assert_true (briefing_duration_parse (good[i].in, &seconds, NULL));
      g_assert_cmpint (seconds, ==, good[i].seconds);
      text = briefing_duration_to_string (seconds);
      g_assert_cmpstr (text, ==, good[i].out);
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      gint64 seconds;
      g_autoptr(GError) error = NULL;

      g_assert_false (briefing_duration_parse (bad[i], &seconds, &error));
      g_assert_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_INVALID_VALUE);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/parse/precisions", test_parse_precisions);
  g_test_add_func ("/date/parse/normalises", test_parse_normalises);
  g_test_add_func ("/date/parse/rejects", test_parse_rejects);
  g_test_add_func ("/date/parse/date-time-only", test_date_time_only);
  g_test_add_func ("/date/compare", test_compare_and_unix);
  g_test_add_func ("/date/coarsen", test_coarsen);
  g_test_add_func ("/date/date-time", test_date_time_conversion);
  g_test_add_func ("/date/duration", test_duration);

  return g_test_run ();
}
