/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "briefing-core.h"
#include "briefing-newest-first.h"

/* A date of one of a few days, times and offsets, so that many share a second and differ only in
 * what comes after it; some before 1970, some not set at all. */
static BriefingDate
random_date (GRand *rand)
{
  BriefingDate date = { 0 };
  int kind = g_rand_int_range (rand, 0, 10);

  if (kind == 0)
    return date;  /* undated */
  date.year = kind == 1 ? 1950 : 2025;
  date.month = g_rand_int_range (rand, 1, 3);
  date.day = g_rand_int_range (rand, 1, 4);
  date.precision = kind == 2 ? BRIEFING_DATE_PRECISION_DAY : BRIEFING_DATE_PRECISION_EXACT;
  if (date.precision == BRIEFING_DATE_PRECISION_EXACT)
    {
      date.hour = g_rand_int_range (rand, 0, 3);
      date.minute = g_rand_int_range (rand, 0, 2);
      date.microsecond = g_rand_boolean (rand) ? 0 : g_rand_int_range (rand, 0, 1000000);
      date.utc_offset = 3600 * g_rand_int_range (rand, -2, 3);
    }
  return date;
}

typedef struct
{
  BriefingDate date;
  guint        position;
} Entry;

/* The order promised: briefing_date_compare(), later first; undated last; equal ones as they
 * were. */
static int
reference_compare (gconstpointer a,
                   gconstpointer b)
{
  const Entry *x = a, *y = b;
  gboolean x_set = briefing_date_is_set (&x->date), y_set = briefing_date_is_set (&y->date);
  int c;

  if (x_set != y_set)
    return x_set ? -1 : 1;
  if (x_set && (c = briefing_date_compare (&x->date, &y->date)) != 0)
    return -c;
  return (x->position > y->position) - (x->position < y->position);
}

static void
check_order (BriefingNewestFirst *sorted,
             GListStore          *store)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (Entry));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (G_LIST_MODEL (store), i);
      const BriefingDate *published = briefing_article_get_published (article);
      Entry entry = { { 0 }, i };

      if (published != NULL)
        entry.date = *published;
      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, reference_compare);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sorted)), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingArticle) expected = g_list_model_get_item (G_LIST_MODEL (store),
                                                                    g_array_index (entries, Entry, i).position);
      g_autoptr(BriefingArticle) got = g_list_model_get_item (G_LIST_MODEL (sorted), i);

      if (got != expected)
        g_error ("position %u: article %s, expected %s", i, briefing_article_get_id (got),
                 briefing_article_get_id (expected));
    }
}

static BriefingArticle *
random_article (GRand *rand,
                guint  i)
{
  g_autofree char *id = g_strdup_printf ("a%u", i);
  BriefingArticle *article = briefing_article_new (id, "Headline");
  BriefingDate date = random_date (rand);

  if (briefing_date_is_set (&date))
    briefing_article_set_published (article, &date);
  return article;
}

static void
append_random (GListStore *store,
               GRand      *rand,
               guint       n)
{
  guint first = g_list_model_get_n_items (G_LIST_MODEL (store));

  for (guint i = first; i < first + n; i++)
    {
      g_autoptr(BriefingArticle) article = random_article (rand, i);

      g_list_store_append (store, article);
    }
}

/* Thousands of articles, many of one second, against the reference; then again once more are
 * added, as the list sorts anew on every change. */
static void
test_matches_reference (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  g_autoptr(BriefingNewestFirst) sorted = briefing_newest_first_new ();

  append_random (store, rand, 5000);
  briefing_newest_first_set_model (sorted, G_LIST_MODEL (store));
  check_order (sorted, store);

  for (guint i = 5000; i < 5100; i++)
    {
      g_autoptr(BriefingArticle) article = random_article (rand, i);

      g_list_store_insert (store, g_rand_int_range (rand, 0, i), article);
    }
  check_order (sorted, store);
}

/* Every article dated in one second, told apart by what follows it; and none at all. */
static void
test_one_second_and_empty (void)
{
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  g_autoptr(BriefingNewestFirst) sorted = briefing_newest_first_new ();

  briefing_newest_first_set_model (sorted, G_LIST_MODEL (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (sorted)), ==, 0);

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", i);
      g_autoptr(BriefingArticle) article = briefing_article_new (id, "Headline");
      BriefingDate date = { 2025, 5, 16, 10, 0, 0, BRIEFING_DATE_PRECISION_EXACT, (i * 7919) % 1000, 0 };

      briefing_article_set_published (article, &date);
      g_list_store_append (store, article);
    }
  check_order (sorted, store);
}

static void
assert_same_order (GPtrArray *a,
                   GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (a->pdata[i] == b->pdata[i]);
}

/* An order kept on the list is the order worked out, and the list model takes it as it is until
 * the list changes: moving an article's date in place (no change to the list) leaves it where the
 * kept order put it; adding an article drops the kept order, and the model sorts anew. */
static void
test_kept_order (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GListStore) store = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  g_autoptr(BriefingNewestFirst) sorted = briefing_newest_first_new ();
  g_autoptr(BriefingArticle) first = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  g_autoptr(GPtrArray) worked_out = NULL;
  g_autoptr(GPtrArray) after = NULL;
  BriefingDate later = { 2030, 1, 1, 0, 0, 0, BRIEFING_DATE_PRECISION_DAY, 0, 0 };
  BriefingArticle *last;

  append_random (store, rand, 2000);
  g_assert_null (briefing_article_order_dup_kept (G_LIST_MODEL (store)));

  briefing_article_order_keep (G_LIST_MODEL (store));
  kept = briefing_article_order_dup_kept (G_LIST_MODEL (store));
  worked_out = briefing_article_order_newest_first (G_LIST_MODEL (store));
  g_assert_nonnull (kept);
  g_assert_cmpuint (kept->len, ==, 2000);
  assert_same_order (kept, worked_out);

  /* The oldest article (last, as undated ones are) moved past all the others in place. */
  last = kept->pdata[1999];
  briefing_article_set_published (last, &later);
  briefing_newest_first_set_model (sorted, G_LIST_MODEL (store));
  first = g_list_model_get_item (G_LIST_MODEL (sorted), 1999);
  g_assert_true (first == last);

  append_random (store, rand, 1);
  after = briefing_article_order_dup_kept (G_LIST_MODEL (store));
  g_assert_null (after);
  /* What was kept stays whole for whoever holds it. */
  g_assert_cmpuint (kept->len, ==, 2000);
  check_order (sorted, store);
  g_clear_object (&first);
  first = g_list_model_get_item (G_LIST_MODEL (sorted), 0);
  g_assert_true (first == last);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/newest-first/matches-reference", test_matches_reference);
  g_test_add_func ("/newest-first/one-second-and-empty", test_one_second_and_empty);
  g_test_add_func ("/newest-first/kept-order", test_kept_order);

  return g_test_run ();
}
