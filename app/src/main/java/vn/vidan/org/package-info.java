/**
 * The org directory and routing. Units form a tree of any depth (province, its departments, district police where a
 * province still has them, commune and ward police); officers and commune leadership belong to units. Every process
 * routes its tasks through {@link vn.vidan.org.RoutingService}, which walks up the tree where a level is missing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Org directory and routing")
package vn.vidan.org;
