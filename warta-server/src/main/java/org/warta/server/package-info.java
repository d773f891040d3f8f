/**
 * The REST API over a Warta store. Front door: {@link org.warta.server.WartaServer#start}.
 */
package org.warta.server;
