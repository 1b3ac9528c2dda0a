/* SPDX-License-Identifier: GPL-3.0-or-later */
/* BriefingJsonWriter against json-glib's generator: the same document, written by both, is the same
 * bytes — for trees of every kind of value, strings with every control character, quotes, and
 * text beyond ASCII, and nesting of empty and full containers. */
#include "config.h"

#include <string.h>

#include "briefing-json-writer.h"

/* One random document, written twice as it is made: into a JsonBuilder and into the writer. */
typedef struct
{
  GRand              *rand;
  JsonBuilder        *builder;
  BriefingJsonWriter *writer;
} Pair;

static char *
random_text (GRand *rand)
{
  static const char *const pieces[] = {
    "a", "Istanbul", " ", "\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\x01", "\x1e", "\x1f",
    "\x7f", "é", "Київ", "Москва", "إسطنبول", "\u2028", "😀", "{", "}", "[", "]", ":", ",", "\\u0000",
  };
  GString *s = g_string_new (NULL);
  guint n = g_rand_int_range (rand, 0, 12);

  for (guint i = 0; i < n; i++)
    g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
  return g_string_free (s, FALSE);
}

static void add_value (Pair *pair, guint depth);

static void
add_container (Pair    *pair,
               gboolean is_object,
               guint    depth)
{
  guint n = g_rand_int_range (pair->rand, 0, depth > 3 ? 2 : 6);

  if (is_object)
    {
      json_builder_begin_object (pair->builder);
      briefing_json_writer_begin_object (pair->writer);
    }
  else
    {
      json_builder_begin_array (pair->builder);
      briefing_json_writer_begin_array (pair->writer);
    }
  for (guint i = 0; i < n; i++)
    {
      if (is_object)
        {
          /* Names are unique in an object: json-glib keeps the last of equal ones. */
          g_autofree char *text = random_text (pair->rand);
          g_autofree char *name = g_strdup_printf ("%u%s", i, text);

          json_builder_set_member_name (pair->builder, name);
          briefing_json_writer_member (pair->writer, name);
        }
      add_value (pair, depth + 1);
    }
  if (is_object)
    {
      json_builder_end_object (pair->builder);
      briefing_json_writer_end_object (pair->writer);
    }
  else
    {
      json_builder_end_array (pair->builder);
      briefing_json_writer_end_array (pair->writer);
    }
}

static void
add_value (Pair *pair,
           guint depth)
{
  /* Not a number whose shortest form has an exponent and no point, such as 1e-300: json-glib 1.6
   * writes "1e-300.0", which is not JSON; the writer writes "1e-300" (test_exponent). */
  static const double doubles[] = { 0.0, 0.1, 1.0, -2.5, 1e300, -2.5e-7, 123456789.0, 3.14159 };

  switch (g_rand_int_range (pair->rand, 0, depth > 5 ? 6 : 8))
    {
    case 0:
      {
        g_autofree char *text = random_text (pair->rand);

        json_builder_add_string_value (pair->builder, text);
        briefing_json_writer_string (pair->writer, text);
      }
      break;
    case 1:
      {
        gint64 value = (gint64) g_rand_int (pair->rand) * (g_rand_boolean (pair->rand) ? -977 : 1);

        json_builder_add_int_value (pair->builder, value);
        briefing_json_writer_int (pair->writer, value);
      }
      break;
    case 2:
      {
        double value = doubles[g_rand_int_range (pair->rand, 0, G_N_ELEMENTS (doubles))];

        json_builder_add_double_value (pair->builder, value);
        briefing_json_writer_double (pair->writer, value);
      }
      break;
    case 3:
      {
        gboolean value = g_rand_boolean (pair->rand);

        json_builder_add_boolean_value (pair->builder, value);
        briefing_json_writer_boolean (pair->writer, value);
      }
      break;
    case 4:
      json_builder_add_null_value (pair->builder);
      briefing_json_writer_null (pair->writer);
      break;
    case 5:
      json_builder_add_int_value (pair->builder, G_MININT64);
      briefing_json_writer_int (pair->writer, G_MININT64);
      break;
    case 6:
      add_container (pair, TRUE, depth);
      break;
    default:
      add_container (pair, FALSE, depth);
      break;
    }
}

static char *
generate (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  GString *s;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  s = json_generator_to_gstring (generator, g_string_new (NULL));
  g_string_append_c (s, '\n');
  return g_string_free (s, FALSE);
}

static void
test_same_as_generator (void)
{
  for (guint32 seed = 1; seed <= 400; seed++)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *written = NULL;
      g_autofree char *from_node = NULL;
      BriefingJsonWriter *again = NULL;
      gsize length = 0;
      Pair pair = { g_rand_new_with_seed (seed), builder, briefing_json_writer_new () };

      /* The root is a container, as in every document Briefing writes. */
      add_container (&pair, seed % 3 != 0, 0);
      g_rand_free (pair.rand);

      root = json_builder_get_root (builder);
      expected = generate (root);
      written = briefing_json_writer_finish (pair.writer, &length);
      g_assert_cmpuint (length, ==, strlen (written));
      g_assert_cmpstr (written, ==, expected);

      again = briefing_json_writer_new ();
      briefing_json_writer_node (again, root);
      from_node = briefing_json_writer_finish (again, NULL);
      g_assert_cmpstr (from_node, ==, expected);
    }
}

static void
test_known_text (void)
{
  BriefingJsonWriter *writer = briefing_json_writer_new ();
  BriefingDate date;
  g_autofree char *text = NULL;

  g_assert_true (briefing_date_parse ("2025-05-16", &date, NULL));
  briefing_json_writer_begin_object (writer);
  briefing_json_writer_add_string (writer, "title", "Round \"one\"\n");
  briefing_json_writer_add_string (writer, "left out", NULL);
  briefing_json_writer_add_date (writer, "date", &date);
  briefing_json_writer_add_int (writer, "round", 1);
  briefing_json_writer_member (writer, "empty");
  briefing_json_writer_begin_object (writer);
  briefing_json_writer_end_object (writer);
  briefing_json_writer_member (writer, "none");
  briefing_json_writer_begin_array (writer);
  briefing_json_writer_end_array (writer);
  briefing_json_writer_member (writer, "ids");
  briefing_json_writer_begin_array (writer);
  briefing_json_writer_string (writer, "ru");
  briefing_json_writer_string (writer, "ua");
  briefing_json_writer_end_array (writer);
  briefing_json_writer_end_object (writer);
  text = briefing_json_writer_finish (writer, NULL);

  g_assert_cmpstr (text, ==,
                   "{\n"
                   "  \"title\" : \"Round \\\"one\\\"\\n\",\n"
                   "  \"date\" : \"2025-05-16\",\n"
                   "  \"round\" : 1,\n"
                   "  \"empty\" : {  },\n"
                   "  \"none\" : [],\n"
                   "  \"ids\" : [\n"
                   "    \"ru\",\n"
                   "    \"ua\"\n"
                   "  ]\n"
                   "}\n");
}

static void
test_exponent (void)
{
  BriefingJsonWriter *writer = briefing_json_writer_new ();
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;

  briefing_json_writer_begin_array (writer);
  briefing_json_writer_double (writer, 1e-300);
  briefing_json_writer_double (writer, 2.0);
  briefing_json_writer_end_array (writer);
  text = briefing_json_writer_finish (writer, NULL);
  g_assert_cmpstr (text, ==, "[\n  1e-300,\n  2.0\n]\n");

  node = json_from_string (text, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (json_array_get_double_element (json_node_get_array (node), 0), ==, 1e-300);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-writer/same-as-generator", test_same_as_generator);
  g_test_add_func ("/json-writer/known-text", test_known_text);
  g_test_add_func ("/json-writer/exponent", test_exponent);

  return g_test_run ();
}
