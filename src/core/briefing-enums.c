/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-enums.h"

gboolean
briefing_enum_from_nick (GType       enum_type,
                         const char *nick,
                         int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value_by_nick (klass, nick);
  if (ev == NULL)
    return FALSE;

  if (value != NULL)
    *value = ev->value;
  return TRUE;
}

const char *
briefing_enum_to_nick (GType enum_type,
                       int   value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  g_return_val_if_fail (G_TYPE_IS_ENUM (enum_type), NULL);

  /* Enum classes are never unloaded, so the nick outlives the class's first reference, which is
   * kept: writing a bundle or a briefing asks for thousands of nicks. */
  if ((klass = g_type_class_peek (enum_type)) == NULL)
    klass = g_type_class_ref (enum_type);
  ev = g_enum_get_value (klass, value);

  return ev != NULL ? ev->value_nick : NULL;
}

/* “a”, “b”, “c” for messages that list what is allowed. */
char *
briefing_enum_list_nicks (GType enum_type,
                          int   skip_value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (enum_type);
  g_autoptr(GPtrArray) nicks = g_ptr_array_new ();
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < klass->n_values; i++)
    if (klass->values[i].value != skip_value)
      g_ptr_array_add (nicks, (gpointer) klass->values[i].value_nick);

  for (guint i = 0; i < nicks->len; i++)
    {
      if (i > 0)
        g_string_append (s, C_("list separator", ", "));
      /* Translators: a value a bundle may hold, quoted, in a message listing the allowed ones */
      g_string_append_printf (s, C_("quoted value", "“%s”"), (const char *) nicks->pdata[i]);
    }

  return g_string_free (s, FALSE);
}
