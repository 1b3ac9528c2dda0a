/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers the model types share. */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Replaces *@str_pointer by a copy of @new_str; TRUE when the value changed (g_set_str() is 2.76). */
static inline gboolean
briefing_set_str (char       **str_pointer,
                  const char  *new_str)
{
  char *copy;

  if (g_strcmp0 (*str_pointer, new_str) == 0)
    return FALSE;

  copy = g_strdup (new_str);
  g_free (*str_pointer);
  *str_pointer = copy;

  return TRUE;
}

/* Two arrays of strings with the same strings in the same order. */
static inline gboolean
briefing_str_array_equal (GPtrArray *a,
                          GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

G_END_DECLS
