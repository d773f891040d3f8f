// The record contract's closed sets (shared/spec/record.md), for filter menus.
export const PREDICATES = ['KILLED', 'WOUNDED', 'KILLED_OR_WOUNDED', 'MISSING', 'CAPTURED', 'ARRESTED', 'DISPLACED',
  'DESTROYED', 'DAMAGED', 'SEIZED', 'SHOT_DOWN', 'AFFECTED'];
export const OBJECTS = ['personnel', 'civilians', 'people', 'armoured_vehicle', 'artillery', 'air_defence', 'aircraft',
  'helicopter', 'drone', 'ship', 'vehicle', 'depot', 'position', 'anti_tank_weapon', 'radar', 'building', 'other'];
export const STATUSES = ['CLAIMED', 'REPORTED', 'CONFIRMED', 'DENIED', 'DISPUTED'];
export const PLOVER = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE',
  'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
