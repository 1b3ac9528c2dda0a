/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-core.h"

static void
assert_date (const char *text,
             const char *expected)
{
  BriefingDate date;
  g_autofree char *formatted = NULL;

  g_assert_true (briefing_date_parse (text, &date, NULL));
  formatted = briefing_date_format (&date);
  g_assert_cmpstr (formatted, ==, expected);
}

static void
test_dates_at_their_precision (void)
{
  assert_date ("2025", "2025");
  assert_date ("2025-06", "June 2025");
  assert_date ("2025-06-02", "2 June 2025");
  assert_date ("2025-06-02T10:30:00+03:00", "2 June 2025, 10:30");
}

static void
test_ranges (void)
{
  const struct { const char *from, *to, *expected; } cases[] = {
    { "2025-05-23", "2025-05-25", "23–25 May 2025" },
    { "2025-05-16", "2025-06-02", "16 May – 2 June 2025" },
    { "2024-12-30", "2025-01-02", "30 December 2024 – 2 January 2025" },
    { "2025-06", "2025-08", "June 2025 – August 2025" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      BriefingDate from, to;
      g_autofree char *formatted = NULL;

      g_assert_true (briefing_date_parse (cases[i].from, &from, NULL));
      g_assert_true (briefing_date_parse (cases[i].to, &to, NULL));
      formatted = briefing_date_format_range (&from, &to);
      g_assert_cmpstr (formatted, ==, cases[i].expected);
    }
}

static void
test_format_date_time (void)
{
  g_autoptr(GDateTime) dt = g_date_time_new_utc (2025, 6, 2, 9, 5, 0);
  const struct { const char *format, *expected; } cases[] = {
    { "%B", "June" },
    { "%OB %Y", "June 2025" },
    { "%b", "Jun" },
    { "%Ob", "Jun" },
    { "%A %-d %B", "Monday 2 June" },
    { "%a, %H:%M", "Mon, 09:05" },
    { "100%% %Y", "100% 2025" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = briefing_format_date_time (dt, cases[i].format);

      g_assert_cmpstr (formatted, ==, cases[i].expected);
    }
}

static void
test_durations (void)
{
  const struct { gint64 seconds; const char *expected; } cases[] = {
    { 5400, "1 h 30 min" }, { 2400, "40 min" }, { 7200, "2 h" }, { 86400, "1 day" }, { 3 * 86400, "3 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *formatted = briefing_duration_format (cases[i].seconds);

      g_assert_cmpstr (formatted, ==, cases[i].expected);
    }
}

static void
test_categories (void)
{
  g_autofree char *known = briefing_category_label ("ceasefire");
  g_autofree char *other = briefing_category_label ("energy-security");

  g_assert_cmpstr (known, ==, "Ceasefire");
  g_assert_cmpstr (other, ==, "Energy-security");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/labels/dates-at-their-precision", test_dates_at_their_precision);
  g_test_add_func ("/labels/ranges", test_ranges);
  g_test_add_func ("/labels/format-date-time", test_format_date_time);
  g_test_add_func ("/labels/durations", test_durations);
  g_test_add_func ("/labels/categories", test_categories);

  return g_test_run ();
}
