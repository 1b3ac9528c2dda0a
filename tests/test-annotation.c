/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "briefing-annotation.h"

static void
test_new (void)
{
  g_autoptr(BriefingAnnotation) a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  g_autoptr(BriefingAnnotation) b = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  const BriefingDate *created = briefing_annotation_get_created (a);

  g_assert_true (g_str_has_prefix (briefing_annotation_get_id (a), "urn:uuid:"));
  g_assert_true (g_uuid_string_is_valid (briefing_annotation_get_id (a) + strlen ("urn:uuid:")));
  g_assert_cmpstr (briefing_annotation_get_id (a), !=, briefing_annotation_get_id (b));
  g_assert_cmpint (created->precision, ==, BRIEFING_DATE_PRECISION_EXACT);
  g_assert_cmpint (created->utc_offset, ==, 0);
  g_assert_true (briefing_date_equal (created, briefing_annotation_get_modified (a)));
  g_assert_cmpint (briefing_annotation_get_target_kind (a), ==, BRIEFING_TARGET_BUNDLE);
  g_assert_nonnull (briefing_annotation_get_tags (a));
  g_assert_null (briefing_annotation_get_tags (a)[0]);
  g_assert_null (briefing_annotation_get_deadline (a));
  g_assert_false (briefing_annotation_get_position (a, NULL, NULL));
  g_assert_false (briefing_annotation_get_anchor (a, NULL, NULL));
}

static BriefingAnnotation *
make_full (void)
{
  BriefingAnnotation *a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_QUESTION);
  const char *tags[] = { "ceasefire", "prisoners", NULL };
  BriefingDate deadline;

  g_assert_true (briefing_date_parse ("2025-06-30", &deadline, NULL));
  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_quote (a, "swap 50 prisoners", "agreed to ", " each");
  briefing_annotation_set_position (a, 30, 47);
  briefing_annotation_set_color (a, "red");
  briefing_annotation_set_note (a, "Who verifies the lists?");
  briefing_annotation_set_tags (a, tags);
  briefing_annotation_set_owner (a, "Desk B");
  briefing_annotation_set_deadline (a, &deadline);
  return a;
}

static void
test_copy_equal (void)
{
  g_autoptr(BriefingAnnotation) a = make_full ();
  g_autoptr(BriefingAnnotation) b = NULL;
  const char *other_tags[] = { "ceasefire", NULL };
  gint64 start, end;

  briefing_annotation_set_anchor (a, 3, 20);
  b = briefing_annotation_copy (a);
  g_assert_true (b != a);
  g_assert_true (briefing_annotation_equal (a, b));
  g_assert_true (briefing_annotation_get_position (b, &start, &end));
  g_assert_cmpint (start, ==, 30);
  g_assert_cmpint (end, ==, 47);
  g_assert_true (briefing_annotation_get_anchor (b, NULL, NULL));
  g_assert_true (briefing_annotation_get_tags (a) != briefing_annotation_get_tags (b));

  /* The anchor and the detached flag are not part of what is saved. */
  briefing_annotation_set_detached (b, TRUE);
  g_assert_true (briefing_annotation_equal (a, b));

  briefing_annotation_set_tags (b, other_tags);
  g_assert_false (briefing_annotation_equal (a, b));
  g_clear_object (&b);

  b = briefing_annotation_copy (a);
  briefing_annotation_set_position (b, -1, -1);
  g_assert_false (briefing_annotation_equal (a, b));
  g_clear_object (&b);

  b = briefing_annotation_copy (a);
  briefing_annotation_set_deadline (b, NULL);
  g_assert_false (briefing_annotation_equal (a, b));
  g_clear_object (&b);

  b = briefing_annotation_copy (a);
  briefing_annotation_touch (b);
  g_assert_false (briefing_annotation_equal (a, b));
  g_assert_cmpint (briefing_date_compare (briefing_annotation_get_modified (b),
                                          briefing_annotation_get_modified (a)), >, 0);

  g_assert_true (briefing_annotation_equal (NULL, NULL));
  g_assert_false (briefing_annotation_equal (a, NULL));
}

static void
test_touch_orders (void)
{
  g_autoptr(BriefingAnnotation) a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  BriefingDate future, previous;

  /* Even against a clock that is behind, each touch moves "modified" forward. */
  g_assert_true (briefing_date_parse_date_time ("2999-01-01T00:00:00.999999Z", &future, NULL));
  briefing_annotation_set_modified (a, &future);
  for (int i = 0; i < 3; i++)
    {
      previous = *briefing_annotation_get_modified (a);
      briefing_annotation_touch (a);
      g_assert_cmpint (briefing_date_compare (briefing_annotation_get_modified (a), &previous), >, 0);
    }
}

static void
test_normalised (void)
{
  g_autoptr(BriefingAnnotation) a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  const char *tags[] = { "", "a", "", NULL };

  briefing_annotation_set_note (a, "");
  g_assert_null (briefing_annotation_get_note (a));
  briefing_annotation_set_owner (a, "");
  g_assert_null (briefing_annotation_get_owner (a));
  briefing_annotation_set_tags (a, tags);
  g_assert_cmpuint (g_strv_length ((char **) briefing_annotation_get_tags (a)), ==, 1);
  g_assert_true (briefing_annotation_has_tag (a, "a"));

  /* Only an article keeps a quote. */
  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_set_quote (a, "words", "", NULL);
  g_assert_null (briefing_annotation_get_prefix (a));
  briefing_annotation_set_position (a, 1, 6);
  briefing_annotation_set_target (a, BRIEFING_TARGET_EVENT, "r1");
  g_assert_null (briefing_annotation_get_exact (a));
  g_assert_false (briefing_annotation_get_position (a, NULL, NULL));
  g_assert_cmpstr (briefing_annotation_get_target_id (a), ==, "r1");
}

static void
test_quote_text (void)
{
  const char *text = "Türkiye hosted the talks.\n\nBoth sides agreed to swap 1,200 prisoners each.";
  g_autoptr(BriefingAnnotation) a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_HIGHLIGHT);
  const char *found = strstr (text, "swap 1,200");
  gsize start = found - text, end = start + strlen ("swap 1,200 prisoners");
  gsize anchor_start, anchor_end;
  gint64 pos_start, pos_end;

  briefing_annotation_set_target (a, BRIEFING_TARGET_ARTICLE, "art1");
  briefing_annotation_quote_text (a, text, strlen (text), start, end);

  g_assert_cmpstr (briefing_annotation_get_exact (a), ==, "swap 1,200 prisoners");
  /* 32 characters of context each side, cut at the ends of the text. */
  g_assert_cmpstr (briefing_annotation_get_prefix (a), ==, "he talks.\n\nBoth sides agreed to ");
  g_assert_cmpint (g_utf8_strlen (briefing_annotation_get_prefix (a), -1), ==, 32);
  g_assert_cmpstr (briefing_annotation_get_suffix (a), ==, " each.");
  g_assert_true (briefing_annotation_get_position (a, &pos_start, &pos_end));
  /* Code points: "ü" is two bytes but one character. */
  g_assert_cmpint (pos_start, ==, (gint64) start - 1);
  g_assert_cmpint (pos_end - pos_start, ==, 20);
  g_assert_true (briefing_annotation_get_anchor (a, &anchor_start, &anchor_end));
  g_assert_cmpuint (anchor_start, ==, start);
  g_assert_cmpuint (anchor_end, ==, end);
}

static void
test_properties (void)
{
  g_autoptr(BriefingAnnotation) a = briefing_annotation_new (BRIEFING_ANNOTATION_KIND_NOTE);
  g_autofree char *note = NULL;
  g_auto(GStrv) tags = NULL;
  int n_notify = 0;

  g_object_set (a, "note", "A note", "color", "blue", NULL);
  g_object_get (a, "note", &note, "tags", &tags, NULL);
  g_assert_cmpstr (note, ==, "A note");
  g_assert_cmpstr (briefing_annotation_get_color (a), ==, "blue");
  g_assert_cmpuint (g_strv_length (tags), ==, 0);

  /* Notified only on a real change. */
  g_signal_connect_swapped (a, "notify::color", G_CALLBACK (g_atomic_int_inc), &n_notify);
  briefing_annotation_set_color (a, "blue");
  g_assert_cmpint (n_notify, ==, 0);
  briefing_annotation_set_color (a, "green");
  g_assert_cmpint (n_notify, ==, 1);
  briefing_annotation_set_color (a, NULL);
  g_assert_cmpint (n_notify, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/annotation/new", test_new);
  g_test_add_func ("/annotation/copy-equal", test_copy_equal);
  g_test_add_func ("/annotation/touch-orders", test_touch_orders);
  g_test_add_func ("/annotation/normalised", test_normalised);
  g_test_add_func ("/annotation/quote-text", test_quote_text);
  g_test_add_func ("/annotation/properties", test_properties);

  return g_test_run ();
}
